import fc from 'fast-check'
import { it, expect } from 'vitest'
import { applyOperations } from './apply-operations'
import { invert } from './invert'
import { planFlush } from './plan-flush'
import { rebase } from './rebase'
import { scenarioArb } from './testing/arbitraries'
it('stats', () => {
  const kinds: Record<string, number> = {}
  let shorter = 0,
    total = 0,
    opsTotal = 0
  fc.assert(
    fc.property(scenarioArb, ({ base, ops }) => {
      total++
      opsTotal += ops.length
      for (const o of ops) kinds[o.op] = (kinds[o.op] ?? 0) + 1
      const plan = planFlush(base, ops)
      if (plan !== ops) shorter++
      const a = applyOperations(base, ops)
      const p = applyOperations(base, plan)
      expect(a.ok && p.ok).toBe(true)
      if (a.ok && p.ok) {
        expect(p.blocks).toEqual(a.blocks)
        const inv = applyOperations(a.blocks, invert(base, ops))
        expect(inv.ok && inv.blocks).toEqual(base)
        const r = rebase(base, base, ops)
        expect(r.conflicts).toEqual([])
      }
    }),
    { numRuns: 20000 },
  )
  console.log({ kinds, shorter, total, avg: opsTotal / total })
})
