// The scoped diff must give exactly the plan of the whole-document diff it replaced
// (testing/full-diff-plan.ts), on random documents and operations, ids reused after a remove too.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyOperations, applyStep } from './apply-operations'
import { DocumentIndex } from './draft'
import { diffPlan } from './plan-diff'
import { planFlush } from './plan-flush'
import { RecordingDraft } from './plan-scope'
import { documentArb, scenarioArb, valueArb } from './testing/arbitraries'
import { fullDiffPlan } from './testing/full-diff-plan'
import { allIds } from './tree'
import type { Block, FieldValues, NewBlock, Operation } from './types'

const RUNS = { numRuns: 300 }

type Seed = [number, number, number, FieldValues, number]

/** One operation from a seed; new blocks take ids from a small pool, so removed ids come back. */
function toOperation(doc: Block[], [kind, a, b, value, shape]: Seed): Operation | undefined {
  const ids = allIds(doc)
  const target = ids[a % Math.max(ids.length, 1)]
  const anchor = ids[b % Math.max(ids.length, 1)]
  const id = b % 3 === 0 ? `n${a % 3}` : `b${a % 12}`
  const fresh: NewBlock = { id, type: shape % 2 === 0 ? 'text' : 'group', value }
  if (shape % 3 === 1) fresh.children = []
  if (shape % 3 === 2) fresh.children = [{ id: `c${b % 2}`, type: 'text', value: {} }]
  switch (kind % 8) {
    case 0:
      return target === undefined ? undefined : { op: 'update', blockId: target, value }
    case 1:
      return target === undefined
        ? undefined
        : { op: kind % 2 === 0 ? 'insertBefore' : 'insertAfter', blockId: target, block: fresh }
    case 2:
      return target === undefined || shape % 2 === 0
        ? { op: 'append', block: fresh }
        : { op: 'prepend', block: fresh, parentId: target }
    case 3:
    case 4:
      return target === undefined ? undefined : { op: 'remove', blockId: target }
    default:
      return target === undefined || anchor === undefined
        ? undefined
        : { op: kind % 2 === 0 ? 'moveBefore' : 'moveAfter', blockId: target, anchorId: anchor }
  }
}

const seedArb: fc.Arbitrary<Seed> = fc.tuple(
  fc.nat(99),
  fc.nat(99),
  fc.nat(99),
  valueArb,
  fc.nat(5),
)

/** Documents with operations that apply step by step, reusing ids of removed blocks. */
const reuseArb = fc
  .tuple(documentArb, fc.array(seedArb, { maxLength: 16 }))
  .map(([base, seeds]) => {
    const ops: Operation[] = []
    let doc = base
    for (const seed of seeds) {
      const op = toOperation(doc, seed)
      const result = op && applyOperations(doc, [op])
      if (op && result?.ok) {
        ops.push(op)
        doc = result.blocks
      }
    }
    return { base, ops }
  })

/** The scoped plan and the whole-document plan (or the errors they throw). */
function bothPlans(base: Block[], ops: Operation[]): [unknown, unknown] | undefined {
  const index = new DocumentIndex(base)
  const applied = new RecordingDraft(index)
  ops.forEach((op, i) => expect(applyStep(applied, op, i).ok).toBe(true))
  if (applied.replaced) return undefined
  const attempt = (plan: () => Operation[]): unknown => {
    try {
      return plan()
    } catch (error) {
      return error instanceof Error ? error.message : error
    }
  }
  return [
    attempt(() => diffPlan(index, applied, applied)),
    attempt(() => fullDiffPlan(base, applied.blocks)),
  ]
}

function apply(blocks: readonly Block[], ops: readonly Operation[]): Block[] {
  const result = applyOperations(blocks, ops)
  if (!result.ok) throw new Error(result.message)
  return result.blocks
}

describe('diffPlan (scoped to what changed)', () => {
  it('gives the plan of the whole-document diff', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb, reuseArb), ({ base, ops }) => {
        const plans = bothPlans(base, ops)
        if (plans) expect(plans[0]).toEqual(plans[1])
      }),
      RUNS,
    )
  })

  it('plans removed ids inserted again (recreate, lost keys, new children lists)', () => {
    fc.assert(
      fc.property(reuseArb, ({ base, ops }) => {
        const plan = planFlush(base, ops)
        expect(plan.length).toBeLessThanOrEqual(ops.length)
        expect(apply(base, plan)).toEqual(apply(base, ops))
      }),
      RUNS,
    )
  })

  it('recreates a block that came back as another type, with its survivors moved in', () => {
    const base: Block[] = [
      { id: 'r', type: 'group', value: { t: 1 }, children: [{ id: 'p', type: 'text', value: {} }] },
      { id: 'y', type: 'text', value: {} },
    ]
    const ops: Operation[] = [
      { op: 'moveAfter', blockId: 'p', anchorId: 'r' },
      { op: 'remove', blockId: 'r' },
      { op: 'append', block: { id: 'r', type: 'card', value: { t: 2 }, children: [] } },
      { op: 'moveBefore', blockId: 'p', anchorId: 'y' },
      { op: 'append', parentId: 'r', block: { id: 'q', type: 'text' } },
      { op: 'moveBefore', blockId: 'y', anchorId: 'q' },
    ]
    const plans = bothPlans(base, ops)
    expect(plans?.[0]).toEqual(plans?.[1])
    expect(apply(base, planFlush(base, ops))).toEqual(apply(base, ops))
  })
})
