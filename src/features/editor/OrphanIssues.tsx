// Conflicts and errors whose block is gone from the document (removed by someone else, or a
// rejected insert) cannot be shown on a card; they are listed above the canvas.
import { useMemo } from 'react'
import { findBlock } from '../../core'
import { useEditorStore } from '../../store'
import { ConflictNotice, ErrorNotice } from '../canvas/BlockIssues'
import { OrphanRejections } from '../save-status/RejectedChanges'

export function OrphanIssues() {
  const conflicts = useEditorStore((s) => s.conflicts)
  const errors = useEditorStore((s) => s.errors)
  const rejected = useEditorStore((s) => s.rejected)
  if (conflicts.length === 0 && errors.length === 0 && rejected.length === 0) return null
  return <OrphanList />
}

function OrphanList() {
  const view = useEditorStore((s) => s.view)
  const conflicts = useEditorStore((s) => s.conflicts)
  const errors = useEditorStore((s) => s.errors)
  const orphans = useMemo(
    () => ({
      conflicts: conflicts.filter((c) => !findBlock(view, c.blockId)),
      errors: errors.filter((e) => e.blockId === null || !findBlock(view, e.blockId)),
    }),
    [view, conflicts, errors],
  )
  const rejectedOrphans = useEditorStore((s) =>
    s.rejected.some((r) => r.blockId === null || !findBlock(s.view, r.blockId)),
  )
  if (orphans.conflicts.length === 0 && orphans.errors.length === 0 && !rejectedOrphans) {
    return null
  }
  return (
    <section className="orphan-issues" aria-label="Problems with blocks no longer on the page">
      <OrphanRejections />
      {orphans.conflicts.map((c) => (
        <ConflictNotice key={c.id} conflict={c} />
      ))}
      {orphans.errors.map((e) => (
        <ErrorNotice key={e.id} error={e} />
      ))}
    </section>
  )
}
