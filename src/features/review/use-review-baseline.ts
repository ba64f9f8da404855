// What the draft is compared with: what is published (the default), an earlier version where the
// backend keeps them, or, on a backend without drafts, the last saved state (so only unsaved
// edits show).
import type { Block } from '../../core'
import type { RecordRef, VersionSummary } from '../../adapters/types'
import {
  useBackendCapabilities,
  useBackendFeatures,
  usePublishedRecord,
  useStoredVersion,
  useVersionList,
} from '../../sync'

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
  const { drafts } = useBackendCapabilities()
  const has = useBackendFeatures()
  const versions = useVersionList(ref)
  const list = versions.data?.items ?? []
  const compared = target === PUBLISHED && !has.published && list[0] ? list[0].id : target
  const wantsPublished = drafts && compared === PUBLISHED
  const published = usePublishedRecord(ref, { enabled: wantsPublished })
  const version = useStoredVersion(ref, compared, {
    enabled: drafts && compared !== PUBLISHED,
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
    if (!has.published) return { baseline: { state: 'unavailable' }, versions: list, compared }
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
