// What kind of block type this is, in words: public or private, pending approval, remote.
import type { LibraryBlockType } from '../../adapters'

export function TypeBadges({ type }: { type: LibraryBlockType }) {
  return (
    <>
      {type.isApproved === false ? (
        <span className="badge">Private</span>
      ) : (
        <span className="badge">Public</span>
      )}
      {type.needsApproval ? <span className="badge">Pending approval</span> : null}
      {type.isRemote ? <span className="badge">Remote</span> : null}
    </>
  )
}
