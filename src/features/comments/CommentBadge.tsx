// The count on a block's card: shown once the block has a thread, it opens the block's thread
// panel. Subscribes to its own block's count only (count-store.ts), so a new comment re-renders
// one badge, not every card.
import { memo, useCallback, useSyncExternalStore } from 'react'
import { Icon } from '../shared/Icon'
import { useCommentsApi } from './comments-context'
import { badgeName } from './comment-words'
import { parseCount } from './count-store'

const NO_SUBSCRIPTION = () => () => undefined

export const CommentBadge = memo(function CommentBadge(props: {
  blockId: string
  label: string
  labelId: string
}) {
  const { blockId, label, labelId } = props
  const api = useCommentsApi()
  const subscribe = api ? api.counts.subscribe : NO_SUBSCRIPTION
  const read = useCallback(() => api?.counts.get(blockId) ?? '0/0', [api, blockId])
  const snapshot = useSyncExternalStore(subscribe, read)
  if (!api) return null
  const { open, resolved } = parseCount(snapshot)
  if (open + resolved === 0) return null
  return (
    <button
      type="button"
      className={open > 0 ? 'comment-badge' : 'comment-badge comment-badge--resolved'}
      aria-label={badgeName(open, resolved)}
      aria-describedby={labelId}
      title={`${open} open, ${resolved} resolved — show the comments on this block`}
      onClick={(event) => {
        // The card selects itself on a click; the panel is what this click is for.
        event.stopPropagation()
        api.open({ blockId, blockLabel: label, startNew: false }, event.currentTarget)
      }}
    >
      <Icon name="comment" size={14} />
      <span aria-hidden="true">{open > 0 ? open : '✓'}</span>
    </button>
  )
})
