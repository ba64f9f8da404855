import { it } from 'vitest'
import { applyOperations } from './apply-operations'
import { planFlush } from './plan-flush'
import { rebase } from './rebase'
import { invert } from './invert'
import type { Block, Operation } from './types'
it('perf', () => {
  const blocks: Block[] = Array.from({ length: 10000 }, (_, i) => ({
    id: `b${i}`,
    type: 'text',
    value: { title: `t${i}`, body_html: '<p>x</p>' },
  }))
  let doc = blocks
  let t = performance.now()
  for (let k = 0; k < 200; k++) {
    const r = applyOperations(doc, [
      { op: 'update', blockId: `b${(k * 37) % 10000}`, value: { title: 'x' + k } },
    ])
    if (r.ok) doc = r.blocks
  }
  console.log('200 single updates ms', performance.now() - t)
  const pending: Operation[] = []
  for (let k = 0; k < 500; k++)
    pending.push({ op: 'update', blockId: `b${k % 50}`, value: { title: 'y' + k } })
  for (let k = 0; k < 50; k++)
    pending.push({ op: 'moveAfter', blockId: `b${k * 100}`, anchorId: `b${9999 - k}` })
  for (let k = 0; k < 50; k++)
    pending.push({
      op: 'insertAfter',
      blockId: `b${k * 7}`,
      block: { id: `n${k}`, type: 'text', value: {} },
    })
  t = performance.now()
  const r = applyOperations(blocks, pending)
  console.log('600 ops batch ms', performance.now() - t, r.ok)
  t = performance.now()
  const plan = planFlush(blocks, pending)
  console.log('planFlush ms', performance.now() - t, plan.length)
  t = performance.now()
  const rb = rebase(blocks, blocks, pending)
  console.log('rebase ms', performance.now() - t, rb.ops.length)
  t = performance.now()
  const inv = invert(blocks, pending.slice(0, 100))
  console.log('invert 100 ms', performance.now() - t, inv.length)
})
