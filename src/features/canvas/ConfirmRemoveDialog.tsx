// Asks before removing a block that holds other blocks: the removal takes them all, which is easy
// to miss in a collapsed or long group. A modal dialog: focus starts on Cancel (the safe choice),
// Tab stays inside, Escape or a click outside cancels, and focus returns to where it was.
import { useEffect, useId, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'

export interface ConfirmRemoveDialogProps {
  label: string
  /** How many blocks go in all: the block itself and everything inside it. */
  count: number
  onConfirm(): void
  onCancel(): void
}

export function ConfirmRemoveDialog(props: ConfirmRemoveDialogProps) {
  const { label, count, onConfirm, onCancel } = props
  const id = useId()
  const dialogRef = useRef<HTMLDivElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const previous = document.activeElement
    cancelRef.current?.focus()
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus()
    }
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The editor's own shortcuts (undo, save, canvas keys) must not act behind the dialog.
    event.stopPropagation()
    if (event.key === 'Escape') {
      event.preventDefault()
      onCancel()
    } else if (event.key === 'Tab') {
      trapTab(event, dialogRef.current)
    }
  }

  const inside = count - 1
  return createPortal(
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onCancel()
      }}
    >
      <div
        ref={dialogRef}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onKeyDown={onKeyDown}
      >
        <div className="dialog__header">
          <h2 id={`${id}-title`}>Remove {label}?</h2>
        </div>
        <p id={`${id}-body`}>
          {`This removes ${count} blocks: ${label} and the ${inside} ${inside === 1 ? 'block' : 'blocks'} inside it. You can undo it.`}
        </p>
        <div className="dialog__actions" style={{ display: 'flex', gap: 8, justifyContent: 'end' }}>
          <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={onConfirm}>
            {`Remove ${count} blocks`}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  )
}

function trapTab(event: KeyboardEvent, container: HTMLElement | null): void {
  if (!container) return
  const focusable = [...container.querySelectorAll<HTMLElement>('button:not([disabled])')]
  const first = focusable[0]
  const last = focusable[focusable.length - 1]
  if (!first || !last) return
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault()
    first.focus()
  }
}
