// The review's comments: every thread under the block it is on, in the draft's order, and the
// threads of blocks no longer in the draft under "Comments on removed blocks" with the label the
// block had when the thread began.
import { useMemo } from 'react'
import { blockLabel, walkBlocks } from '../../core'
import type { Block, BlockTypeSchema } from '../../core'
import { useComments, type CommentThread } from '../../sync'
import { useCommentsApi } from './comments-context'
import { threadCount } from './comment-words'
import { ThreadView } from './ThreadView'

interface BlockThreads {
  blockId: string
  label: string
  threads: CommentThread[]
}

export function ReviewComments(props: {
  blocks: readonly Block[]
  schema: readonly BlockTypeSchema[]
}) {
  const api = useCommentsApi()
  if (!api) return null
  return <ReviewCommentsOf {...props} recordKey={api.recordKey} />
}

function ReviewCommentsOf(props: {
  recordKey: string
  blocks: readonly Block[]
  schema: readonly BlockTypeSchema[]
}) {
  const { recordKey, blocks, schema } = props
  const threads = useComments(recordKey)
  const { present, removed } = useMemo(
    () => groupThreads(threads.data ?? [], blocks, schema),
    [threads.data, blocks, schema],
  )
  const total = threads.data?.length ?? 0
  const open = threads.data?.filter((t) => !t.resolved).length ?? 0

  return (
    <section className="review-section" aria-labelledby="review-comments-title">
      <h2 id="review-comments-title">Comments</h2>
      {threads.isPending ? <p className="muted">Loading comments…</p> : null}
      {threads.isError ? (
        <p className="comment-error">The comments could not be read: {threads.error.message}</p>
      ) : null}
      {threads.isSuccess ? (
        <p className="review-summary">
          {total === 0
            ? 'No comments yet. Select a block in the editor and choose Comment to start one.'
            : `${threadCount(total)}, ${open} open.`}
        </p>
      ) : null}
      {present.map((group) => (
        <BlockGroup key={group.blockId} group={group} recordKey={recordKey} />
      ))}
      {removed.length > 0 ? (
        <div className="review-comments__removed">
          <h3>Comments on removed blocks</h3>
          {removed.map((group) => (
            <BlockGroup key={group.blockId} group={group} recordKey={recordKey} removed />
          ))}
        </div>
      ) : null}
    </section>
  )
}

function BlockGroup(props: { group: BlockThreads; recordKey: string; removed?: boolean }) {
  const { group, recordKey } = props
  return (
    <section className="review-comments__block" aria-label={`Comments on ${group.label}`}>
      <h3 className={props.removed ? 'review-comments__label--removed' : undefined}>
        {group.label}
        {props.removed ? <span className="visually-hidden"> (removed)</span> : null}
      </h3>
      <ol className="comment-threads">
        {group.threads.map((thread) => (
          <li key={thread.id}>
            <ThreadView thread={thread} recordKey={recordKey} />
          </li>
        ))}
      </ol>
    </section>
  )
}

/** Threads by block: the draft's blocks in order (labels as they are now), then the rest. */
export function groupThreads(
  threads: readonly CommentThread[],
  blocks: readonly Block[],
  schema: readonly BlockTypeSchema[],
): { present: BlockThreads[]; removed: BlockThreads[] } {
  const byBlock = new Map<string, CommentThread[]>()
  for (const thread of threads) {
    byBlock.set(thread.blockId, [...(byBlock.get(thread.blockId) ?? []), thread])
  }
  const present: BlockThreads[] = []
  if (byBlock.size > 0) {
    walkBlocks(blocks, (block) => {
      const found = byBlock.get(block.id)
      if (!found) return
      const type = schema.find((t) => t.type === block.type)
      present.push({ blockId: block.id, label: blockLabel(block, type), threads: found })
      byBlock.delete(block.id)
    })
  }
  const removed = [...byBlock].map(([blockId, list]) => ({
    blockId,
    label: list[list.length - 1]?.blockLabel ?? blockId,
    threads: list,
  }))
  return { present, removed }
}
