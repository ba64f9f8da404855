// The user's intent survives a rebase: every change of mine that did not become a conflict is in
// the result — a field I set holds my value, a block I inserted is there, a block I removed is
// gone — not merely "the rebased operations apply".
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyOperations } from './apply-operations'
import { deepEqual } from './deep-equal'
import { rebase } from './rebase'
import { scenarioArb } from './testing/arbitraries'
import type { Block, Operation } from './types'

function index(blocks: readonly Block[], into = new Map<string, Block>()): Map<string, Block> {
  for (const block of blocks) {
    into.set(block.id, block)
    index(block.children ?? [], into)
  }
  return into
}

/** Every id an operation names: what it targets, where it goes, what it inserts. */
function idsOf(op: Operation): string[] {
  const ids: string[] = []
  if ('blockId' in op) ids.push(op.blockId)
  if ('anchorId' in op) ids.push(op.anchorId)
  if ('parentId' in op && op.parentId) ids.push(op.parentId)
  if ('block' in op) ids.push(...index([op.block as Block]).keys())
  return ids
}

/** Mine: the operations of a random list that apply, one after the other, to the base. */
function applicable(base: Block[], ops: readonly Operation[]): { ops: Operation[]; doc: Block[] } {
  const kept: Operation[] = []
  let doc = base
  for (const op of ops) {
    const step = applyOperations(doc, [op])
    if (step.ok) {
      kept.push(op)
      doc = step.blocks
    }
  }
  return { ops: kept, doc }
}

describe('rebase keeps the intent of every change that did not conflict', () => {
  it('fields I set, blocks I inserted and blocks I removed are so in the result', () => {
    fc.assert(
      fc.property(scenarioArb, scenarioArb, ({ base, ops: theirOps }, { ops: seedOps }) => {
        const mine = applicable(base, seedOps)
        const theirs = applicable(base, theirOps)
        fc.pre(!mine.ops.some((op) => op.op === 'replaceAll'))
        fc.pre(!theirs.ops.some((op) => op.op === 'replaceAll'))
        // Ids are unique across clients (the editor makes UUIDs); the generator reuses n0, n1….
        const theirNew = [...index(theirs.doc).keys()].filter((id) => !index(base).has(id))
        fc.pre(!theirNew.some((id) => index(mine.doc).has(id)))
        const result = rebase(base, theirs.doc, mine.ops)
        const applied = applyOperations(theirs.doc, result.ops)
        expect(applied.ok).toBe(true)
        if (!applied.ok) return
        // Blocks a conflict (or the operation behind it) names are the user's to decide.
        const decided = new Set<string>()
        for (const c of result.conflicts) {
          decided.add(c.blockId)
          for (const id of idsOf(c.op)) decided.add(id)
        }
        const before = index(base)
        const wanted = index(mine.doc)
        const theirsNow = index(theirs.doc)
        const got = index(applied.blocks)
        for (const [id, block] of wanted) {
          if (decided.has(id)) continue
          const old = before.get(id)
          if (!old) {
            // Inserted by me: it is there, with what I gave it.
            expect(got.has(id)).toBe(true)
            continue
          }
          // Removed by them (with an ancestor): a conflict would name it; else nothing to keep.
          if (!theirsNow.has(id)) continue
          for (const key of Object.keys(block.value)) {
            if (deepEqual(old.value[key], block.value[key])) continue
            expect(got.get(id)?.value[key]).toEqual(block.value[key])
          }
        }
        // Removed by me (the block itself; a child they moved out before is theirs to keep).
        for (const op of mine.ops) {
          if (op.op === 'remove' && !decided.has(op.blockId)) {
            expect(got.has(op.blockId)).toBe(false)
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
