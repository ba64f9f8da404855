// Asks before removing a block that holds other blocks: the removal takes them all, which is easy
// to miss in a collapsed or long group.
import { ConfirmDialog } from '../shared/ConfirmDialog'

export interface ConfirmRemoveDialogProps {
  label: string
  /** How many blocks go in all: the block itself and everything inside it. */
  count: number
  onConfirm(): void
  onCancel(): void
}

export function ConfirmRemoveDialog({
  label,
  count,
  onConfirm,
  onCancel,
}: ConfirmRemoveDialogProps) {
  const inside = count - 1
  return (
    <ConfirmDialog
      title={`Remove ${label}?`}
      confirmLabel={`Remove ${count} blocks`}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>
        {`This removes ${count} blocks: ${label} and the ${inside} ${inside === 1 ? 'block' : 'blocks'} inside it. You can undo it.`}
      </p>
    </ConfirmDialog>
  )
}
