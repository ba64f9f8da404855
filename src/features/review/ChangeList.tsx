// The change list: one line per change in plain words, each linking to its block (in the editor,
// or to its card here when the draft no longer has it); unsaved changes are marked.
import { Link } from 'react-router'
import type { RecordRef } from '../../adapters/types'
import type { ChangeLine } from '../../core'
import { blockInEditorPath, reviewBlockAnchor } from './review-paths'
import { useShowMore } from './use-show-more'

const FIRST_LINES = 200

export function ChangeList(props: {
  lines: readonly ChangeLine[]
  recordRef: RecordRef
  /** How many lines show before "Show all". */
  first?: number
}) {
  const { lines, recordRef } = props
  const more = useShowMore<HTMLOListElement>(lines.length, props.first ?? FIRST_LINES, 'li > a')
  if (lines.length === 0) return null
  return (
    <>
      <ol ref={more.container} className="review-changes" aria-label="Changes">
        {lines.slice(0, more.limit).map((line) => (
          <li key={line.id} className={`review-change review-change--${line.kind}`}>
            {line.inDraft ? (
              <Link to={blockInEditorPath(recordRef, line.blockId)}>{line.text}</Link>
            ) : (
              <a href={`#${reviewBlockAnchor(line.blockId)}`}>{line.text}</a>
            )}
            {line.pending ? (
              <>
                {' '}
                <span className="badge review-change__pending">Not saved yet</span>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {more.hidden > 0 ? (
        <button type="button" className="button review-more" onClick={more.showAll}>
          {`Show all ${lines.length} changes`}
        </button>
      ) : null}
    </>
  )
}
