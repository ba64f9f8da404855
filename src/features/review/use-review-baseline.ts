// What the draft is compared with: what is published (the default), an earlier version where the
// backend keeps them, or, on a backend without drafts, the last saved state (so only unsaved
// edits show).
import { useQuery } from '@tanstack/react-query'
import type { Block } from '../../core'
import type { RecordRef, VersionSummary } from '../../adapters/types'
import { useAdapter } from '../../sync'
import { publishedQuery, versionQuery, versionsQuery } from './review-queries'

export const PUBLISHED = 'published'

export type Baseline =
  | { state: 'loading' }
  /** The backend has drafts but cannot say what is published. */
  | { state: 'unavailable' }
  | { state: 'error'; message: string; retry: () => void }
  | {
      state: 'ready'
      /** What the comparison side is called in the UI ("Published", "Version 3", "Saved"). */
      label: string
      blocks: Block[]
      /** False when nothing is published yet: everything in the draft is new. */
      exists: boolean
    }

export interface ReviewBaseline {
  baseline: Baseline
  /** The side compared with: `target`, or the newest version when nothing can say what is live. */
  compared: string
  /** Earlier versions to pick from; empty when the backend keeps none. */
  versions: VersionSummary[]
}

export function useReviewBaseline(ref: RecordRef, target: string, saved: Block[]): ReviewBaseline {
  const adapter = useAdapter()
  const drafts = adapter.capabilities.drafts
  const versions = useQuery({ ...versionsQuery(adapter, ref), enabled: Boolean(adapter.history) })
  const list = versions.data?.items ?? []
  const compared = target === PUBLISHED && !adapter.published && list[0] ? list[0].id : target
  const wantsPublished = drafts && compared === PUBLISHED
  const published = useQuery({ ...publishedQuery(adapter, ref), enabled: wantsPublished })
  const version = useQuery({
    ...versionQuery(adapter, ref, compared),
    enabled: drafts && compared !== PUBLISHED && Boolean(adapter.history),
  })

  if (!drafts) {
    return {
      baseline: { state: 'ready', label: 'Saved', blocks: saved, exists: true },
      versions: list,
      compared,
    }
  }
  const query = wantsPublished ? published : version
  if (query.isError) {
    const retry = () => void query.refetch()
    return {
      baseline: { state: 'error', message: query.error.message, retry },
      versions: list,
      compared,
    }
  }
  if (wantsPublished) {
    if (!adapter.published) return { baseline: { state: 'unavailable' }, versions: list, compared }
    if (published.data === undefined)
      return { baseline: { state: 'loading' }, versions: list, compared }
    const doc = published.data
    return {
      baseline: {
        state: 'ready',
        label: 'Published',
        blocks: doc?.blocks ?? [],
        exists: doc !== null,
      },
      versions: list,
      compared,
    }
  }
  if (!version.data) return { baseline: { state: 'loading' }, versions: list, compared }
  const label = list.find((v) => v.id === compared)?.label ?? `Version ${compared}`
  return {
    baseline: { state: 'ready', label, blocks: version.data.blocks, exists: true },
    versions: list,
    compared,
  }
}
