// Per-block thread counts for the canvas badges, kept outside React state: the cards are
// memoised and there may be thousands, so each badge subscribes to its own block's count and
// only a badge whose count changed re-renders when the threads do.
import type { CommentThread } from '../../sync'

export interface BlockCount {
  open: number
  resolved: number
}

export interface CountStore {
  /** "open/resolved" for a block ("0/0" without threads): a primitive, so equal reads are equal. */
  get(blockId: string): string
  subscribe(listener: () => void): () => void
  update(threads: readonly CommentThread[]): void
}

export const parseCount = (snapshot: string): BlockCount => {
  const [open, resolved] = snapshot.split('/').map(Number)
  return { open: open ?? 0, resolved: resolved ?? 0 }
}

export function createCountStore(): CountStore {
  let counts = new Map<string, string>()
  const listeners = new Set<() => void>()
  return {
    get: (blockId) => counts.get(blockId) ?? '0/0',
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    update(threads) {
      const tally = new Map<string, BlockCount>()
      for (const thread of threads) {
        const count = tally.get(thread.blockId) ?? { open: 0, resolved: 0 }
        if (thread.resolved) count.resolved += 1
        else count.open += 1
        tally.set(thread.blockId, count)
      }
      const next = new Map([...tally].map(([id, c]) => [id, `${c.open}/${c.resolved}`]))
      const same =
        next.size === counts.size && [...next].every(([id, value]) => counts.get(id) === value)
      if (same) return
      counts = next
      for (const listener of listeners) listener()
    },
  }
}
