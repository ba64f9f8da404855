// "Comment" on a block (the side panel's selected block, a block of the review): opens the
// block's thread panel with the focus in the new-comment box.
import { useCommentsApi } from './comments-context'

export function CommentButton(props: {
  blockId: string
  blockLabel: string
  /** The id of the element naming the block, where several blocks have a Comment button. */
  describedBy?: string
}) {
  const { blockId, blockLabel, describedBy } = props
  const api = useCommentsApi()
  if (!api) return null
  return (
    <button
      type="button"
      className="button button--small comment-button"
      title={`Comment on ${blockLabel}`}
      aria-describedby={describedBy}
      onClick={(event) => api.open({ blockId, blockLabel, startNew: true }, event.currentTarget)}
    >
      Comment
    </button>
  )
}
