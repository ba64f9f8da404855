// Which Omerlo writes carry a flush, planned from the editor's base and the document after the
// operations: one blocks PUT when the list of blocks changed (order, added, removed), one PATCH per
// block whose own fields changed, one entries PUT per block whose entries changed. Then checked
// against what Omerlo holds now: a write whose array (or field) someone else changed since the
// base is a conflict; one Omerlo already holds (this flush's own interrupted attempt) is dropped.
import { deepEqual } from '../../core'
import type { Block, BlockTypeSchema } from '../../core/types'
import { AdapterError } from '../types'
import { conflictError } from './guards'
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

/** The editor keys whose values differ between two versions of a block. */
const changedKeys = (a: Block, b: Block): string[] =>
  [...new Set([...Object.keys(a.value), ...Object.keys(b.value)])].filter(
    (key) => key !== 'title' && !deepEqual(a.value[key], b.value[key]),
  )

/**
 * The plan minus what Omerlo already holds; throws 'conflict' when something it would replace
 * changed since the base. `server` holds every block, and the entries of the blocks in
 * plan.entries and plan.removed.
 */
export function checkAgainstServer(
  plan: WritePlan,
  base: readonly Block[],
  final: readonly Block[],
  server: readonly Block[],
  ids: IdMap,
  schema: readonly BlockTypeSchema[],
): WritePlan {
  const before = byId(base)
  const after = byId(final)
  const now = byId(server)
  let blocksPut = plan.blocksPut
  if (blocksPut) {
    const held = topIds(server, ids)
    if (deepEqual(held, topIds(final, ids))) blocksPut = false
    else if (!deepEqual(held, topIds(base, ids))) {
      throw new AdapterError(
        'conflict',
        'The blocks of this record changed in Omerlo since they were loaded; nothing was overwritten.',
      )
    }
  }
  for (const id of blocksPut ? plan.removed : []) {
    const old = before.get(id)
    const theirs = now.get(id)
    if (!old || !theirs) continue
    const entriesChanged = entriesSignature(theirs, ids) !== entriesSignature(old, ids)
    if (entriesChanged || changedKeys(old, theirs).length > 0) {
      throw conflictError(old, 'The block you removed', schema)
    }
  }
  const patches = plan.patches.filter((id) => {
    const old = before.get(id)
    const mine = after.get(id)
    const theirs = now.get(id)
    if (!old || !mine) return false
    if (!theirs) throw conflictError(mine, 'The block', schema)
    const myKeys = changedKeys(old, mine)
    const clash = changedKeys(old, theirs).filter(
      (key) => myKeys.includes(key) && !deepEqual(theirs.value[key], mine.value[key]),
    )
    if (clash.length > 0) throw conflictError(mine, 'A field', schema)
    return myKeys.some((key) => !deepEqual(theirs.value[key], mine.value[key]))
  })
  const entries = plan.entries.filter((id) => {
    const mine = after.get(id)
    const theirs = now.get(id)
    if (!mine) return false
    const goal = entriesSignature(mine, ids)
    if (theirs && entriesSignature(theirs, ids) === goal) return false
    const old = before.get(id)
    if (!old) return true
    if (!theirs || entriesSignature(theirs, ids) !== entriesSignature(old, ids)) {
      throw conflictError(mine, 'The entries', schema)
    }
    return true
  })
  return { blocksPut, patches, entries, removed: plan.removed }
}
