// Tines numbers a block itself and keeps no client id, so when the answer to a create is lost
// (timeout, dropped connection, 504, unreadable 201) after Tines stored the block, the listing
// shows a block the editor cannot name. Sending the create again would make a second one. Instead
// the adapter recognises its own block: one the editor does not know, of the same type, values
// and children, standing exactly where the create puts it. Such a block is adopted (its server id
// aliased to the editor's id) and the create counts as landed. Decision: README.md ("Lost creates").
import { allIds, applyOperations, deepEqual, findBlock, locateBlock, walkBlocks } from '../../core'
import type { Block, Operation } from '../../core/types'
import { TINES_BLOCK_TYPES } from './block-types'
import type { IdMap } from './id-map'

const options = { schema: TINES_BLOCK_TYPES }

/** [server id, editor id] pairs when `theirs` and `mine` are the same subtree but for ids. */
function pairSubtree(theirs: Block, mine: Block): [string, string][] | null {
  if (theirs.type !== mine.type || !deepEqual(theirs.value, mine.value)) return null
  const a = theirs.children ?? []
  const b = mine.children ?? []
  if (a.length !== b.length) return null
  const pairs: [string, string][] = [[theirs.id, mine.id]]
  for (const [i, child] of a.entries()) {
    const mineChild = b[i]
    const sub = mineChild === undefined ? null : pairSubtree(child, mineChild)
    if (!sub) return null
    pairs.push(...sub)
  }
  return pairs
}

const isInsert = (op: Operation): boolean => 'block' in op

/**
 * Before an insert is sent: when `listing` already holds the block it creates (a block neither in
 * `known` nor aliased, such that removing it and applying `op` puts the editor's block at its very
 * place with the same type, values and children), that block is adopted and the listing with the
 * editor's ids is returned. Otherwise null: the create has not landed and is sent.
 */
export function adoptLandedInsert(
  ids: IdMap,
  listing: Block[],
  op: Operation,
  known: ReadonlySet<string>,
): Block[] | null {
  if (!isInsert(op)) return null
  const candidates: string[] = []
  walkBlocks(listing, (block) => {
    if (!known.has(block.id) && !ids.hasServer(block.id)) candidates.push(block.id)
  })
  for (const candidate of candidates) {
    const at = locateBlock(listing, candidate)
    const theirs = findBlock(listing, candidate)
    const without = applyOperations(listing, [{ op: 'remove', blockId: candidate }], options)
    if (!at || !theirs || !without.ok) continue
    const withMine = applyOperations(without.blocks, [op], options)
    if (!withMine.ok) continue
    const id = withMine.insertedIds[0]
    const where = id === undefined ? undefined : locateBlock(withMine.blocks, id)
    const mine = id === undefined ? undefined : findBlock(withMine.blocks, id)
    if (!where || !mine || where.parentId !== at.parentId || where.index !== at.index) continue
    const pairs = pairSubtree(theirs, mine)
    if (!pairs) continue
    for (const [server, client] of pairs) ids.alias(client, server)
    return withMine.blocks
  }
  return null
}

/**
 * After a failed call: `current` (a fresh listing) may hold the blocks the failing creates made,
 * under server ids the editor never learnt. Each block of `expected` missing from `current` is
 * paired with the block standing at its place in `current`, if that one is unknown to both and
 * has the same type and values. Only when the renamed listing equals `expected` exactly are the
 * pairs adopted; returns the listing with the editor's ids, or `current` unchanged.
 */
export function adoptByPlace(ids: IdMap, current: Block[], expected: Block[]): Block[] {
  const inCurrent = new Set(allIds(current))
  const inExpected = new Set(allIds(expected))
  const rename = new Map<string, string>()
  const pair = (theirs: readonly Block[], mine: readonly Block[]): void => {
    for (const [i, want] of mine.entries()) {
      const have = theirs[i]
      if (!have) continue
      const unknown = !inExpected.has(have.id) && !ids.hasServer(have.id)
      if (have.id !== want.id && unknown && !inCurrent.has(want.id) && have.type === want.type) {
        if (deepEqual(have.value, want.value)) rename.set(have.id, want.id)
      }
      pair(have.children ?? [], want.children ?? [])
    }
  }
  pair(current, expected)
  if (rename.size === 0) return current
  const renamed = relabel(current, rename)
  if (!deepEqual(renamed, expected)) return current
  for (const [server, client] of rename) ids.alias(client, server)
  return renamed
}

function relabel(blocks: readonly Block[], rename: ReadonlyMap<string, string>): Block[] {
  return blocks.map((block) => {
    const out: Block = { ...block, id: rename.get(block.id) ?? block.id }
    if (block.children) out.children = relabel(block.children, rename)
    return out
  })
}
