// Conflicts and rejected operations shown on the block they concern, with the choices that
// resolve them. Issues whose block no longer exists are listed above the canvas instead.
import { memo, useMemo } from 'react'
import type { BlockConflict, BlockError } from '../../store'
import { useEditorStore } from '../../store'
import { BlockRejections } from '../save-status/RejectedChanges'

export const BlockIssues = memo(function BlockIssues({ blockId }: { blockId: string }) {
  const allConflicts = useEditorStore((s) => s.conflicts)
  const allErrors = useEditorStore((s) => s.errors)
  const conflicts = useMemo(
    () => allConflicts.filter((c) => c.blockId === blockId),
    [allConflicts, blockId],
  )
  const errors = useMemo(() => allErrors.filter((e) => e.blockId === blockId), [allErrors, blockId])
  const rejected = useEditorStore((s) => s.rejected.some((r) => r.blockId === blockId))
  if (conflicts.length === 0 && errors.length === 0 && !rejected) return null
  return (
    <div className="block-issues">
      <BlockRejections blockId={blockId} />
      {conflicts.map((c) => (
        <ConflictNotice key={c.id} conflict={c} />
      ))}
      {errors.map((e) => (
        <ErrorNotice key={e.id} error={e} />
      ))}
    </div>
  )
})

export function ConflictNotice({ conflict }: { conflict: BlockConflict }) {
  const resolve = useEditorStore((s) => s.resolveConflict)
  return (
    <div className="issue issue--conflict" role="group" aria-label="Conflict">
      <p className="issue__text">
        <strong>Conflict.</strong> {conflict.message}
      </p>
      <div className="issue__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => resolve(conflict.id, 'mine')}
        >
          Keep mine
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => resolve(conflict.id, 'theirs')}
        >
          Take theirs
        </button>
      </div>
    </div>
  )
}

export function ErrorNotice({ error }: { error: BlockError }) {
  const dismiss = useEditorStore((s) => s.dismissError)
  return (
    <div className="issue issue--error" role="alert">
      <p className="issue__text">
        <strong>Not saved.</strong> {error.message}
      </p>
      <div className="issue__actions">
        <button type="button" className="button button--small" onClick={() => dismiss(error.id)}>
          Dismiss
        </button>
      </div>
    </div>
  )
}
