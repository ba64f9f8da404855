// Which Omerlo writes turn one document into another: one blocks PUT when the list of blocks
// changed (order, added, removed), one PATCH per block whose own fields changed, one entries PUT
// per block whose entries changed. Planned from what Omerlo holds to the final document (after
// core compared and rebased, ../shared/whole-document-writer.ts), so only what differs is sent.
import { deepEqual } from '../../core'
import type { Block } from '../../core/types'
import type { IdMap } from '../durable-id-map'
import { entriesSignature, fieldsChanged } from './mappers'

export interface WritePlan {
  blocksPut: boolean
  /** Existing blocks whose own fields change (editor ids). */
  patches: string[]
  /** Blocks whose entries change (editor ids), those that only gain entries first. */
  entries: string[]
  /** Blocks the blocks PUT removes: they, and their entries, must be as the editor saw them. */
  removed: string[]
}

const byId = (doc: readonly Block[]) => new Map(doc.map((b) => [b.id, b]))
const topIds = (doc: readonly Block[], ids: IdMap) => doc.map((b) => ids.server(b.id))

export function planWrites(base: readonly Block[], final: readonly Block[], ids: IdMap): WritePlan {
  const before = byId(base)
  const patches: string[] = []
  const entries: { id: string; loses: boolean }[] = []
  for (const block of final) {
    const old = before.get(block.id)
    if (old && fieldsChanged(old, block)) patches.push(block.id)
    if (entriesSignature(old, ids) !== entriesSignature(block, ids)) {
      const kept = new Set((block.children ?? []).map((e) => e.id))
      entries.push({ id: block.id, loses: (old?.children ?? []).some((e) => !kept.has(e.id)) })
    }
  }
  const kept = new Set(final.map((b) => b.id))
  return {
    blocksPut: !deepEqual(topIds(base, ids), topIds(final, ids)),
    removed: base.filter((b) => !kept.has(b.id)).map((b) => b.id),
    patches,
    // A move between blocks adds before it removes: if the second PUT fails, Omerlo holds the
    // entry twice rather than not at all.
    entries: [...entries.filter((e) => !e.loses), ...entries.filter((e) => e.loses)].map(
      (e) => e.id,
    ),
  }
}
