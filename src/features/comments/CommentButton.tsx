// "Comment" on the selected block (the side panel): opens the block's thread panel with the
// focus in the new-comment box.
import { useCommentsApi } from './comments-context'

export function CommentButton({ blockId, blockLabel }: { blockId: string; blockLabel: string }) {
  const api = useCommentsApi()
  if (!api) return null
  return (
    <button
      type="button"
      className="button button--small"
      title={`Comment on ${blockLabel}`}
      onClick={(event) => api.open({ blockId, blockLabel, startNew: true }, event.currentTarget)}
    >
      Comment
    </button>
  )
}
