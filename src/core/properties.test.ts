// Properties of the operation core on random nested documents and random valid operation lists.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyOperations } from './apply-operations'
import { deepEqual } from './deep-equal'
import { invert } from './invert'
import { planFlush } from './plan-flush'
import { rebase } from './rebase'
import { deepFreeze, scenarioArb, singleMoveArb } from './testing/arbitraries'
import type { Block, Operation } from './types'

const RUNS = { numRuns: 200 }

function apply(blocks: readonly Block[], ops: readonly Operation[]): Block[] {
  const result = applyOperations(blocks, ops)
  if (!result.ok) throw new Error(result.message)
  return result.blocks
}

describe('core properties', () => {
  it('planFlush gives the same document with no more operations', () => {
    fc.assert(
      fc.property(scenarioArb, ({ base, ops }) => {
        const plan = planFlush(base, ops)
        expect(plan.length).toBeLessThanOrEqual(ops.length)
        expect(apply(base, plan)).toEqual(apply(base, ops))
      }),
      RUNS,
    )
  })

  it('planFlush keeps a single move exactly as made (and drops one that changes nothing)', () => {
    fc.assert(
      fc.property(singleMoveArb, ({ base, op }) => {
        fc.pre(op !== undefined)
        const pending = [op as Operation]
        const changes = !deepEqual(apply(base, pending), base)
        if (changes) expect(planFlush(base, pending)).toBe(pending)
        else expect(planFlush(base, pending)).toEqual([])
      }),
      RUNS,
    )
  })

  it('invert restores the document the operations started from', () => {
    fc.assert(
      fc.property(scenarioArb, ({ base, ops }) => {
        const after = apply(base, ops)
        expect(apply(after, invert(base, ops))).toEqual(base)
      }),
      RUNS,
    )
  })

  it('never mutates its inputs', () => {
    fc.assert(
      fc.property(scenarioArb, ({ base, ops }) => {
        const snapshot = structuredClone({ base, ops })
        deepFreeze(base)
        deepFreeze(ops)
        const after = apply(base, ops)
        planFlush(base, ops)
        invert(base, ops)
        rebase(base, after, ops)
        expect({ base, ops }).toEqual(snapshot)
      }),
      RUNS,
    )
  })

  it('rebase onto the same base replays every operation without conflicts', () => {
    fc.assert(
      fc.property(scenarioArb, ({ base, ops }) => {
        const result = rebase(base, base, ops)
        expect(result.conflicts).toEqual([])
        expect(result.ops).toEqual(ops)
        expect(apply(base, result.ops)).toEqual(apply(base, ops))
      }),
      RUNS,
    )
  })

  it('rebase onto a changed base gives operations that apply to it', () => {
    fc.assert(
      fc.property(scenarioArb, scenarioArb, ({ base, ops: theirs }, { ops: seedOps }) => {
        // Mine: the part of the second random list that applies to the shared base.
        const mine: Operation[] = []
        let doc = base
        for (const op of seedOps) {
          const step = applyOperations(doc, [op])
          if (step.ok) {
            mine.push(op)
            doc = step.blocks
          }
        }
        const newBase = apply(base, theirs)
        const result = rebase(base, newBase, mine)
        expect(applyOperations(newBase, result.ops).ok).toBe(true)
        for (const conflict of result.conflicts) expect(conflict.opIndex).toBeLessThan(mine.length)
      }),
      RUNS,
    )
  })
})
