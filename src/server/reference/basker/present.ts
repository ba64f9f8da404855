// How records look on the wire: flat objects with their plain fields beside id, title and slug.
import type { Block } from '../../../core/types'
import type { StoredRecord } from './repository'

export const presentRecord = (
  record: StoredRecord,
  version: { updatedAt: string; blocks: readonly Block[] },
): Record<string, unknown> => ({
  id: record.id,
  title: record.title,
  slug: record.slug,
  createdAt: record.createdAt,
  updatedAt: version.updatedAt,
  ...record.fields,
  blocks: version.blocks,
})

export const presentDraft = (record: StoredRecord): Record<string, unknown> =>
  presentRecord(record, { updatedAt: record.updatedAt, blocks: record.draftBlocks })
