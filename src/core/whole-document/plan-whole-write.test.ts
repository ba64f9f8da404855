import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyOperations } from '../apply-operations'
import { scenarioArb } from '../testing/arbitraries'
import { findBlock } from '../tree'
import type { Block, Operation } from '../types'
import { planWholeWrite } from './plan-whole-write'

const doc = (): Block[] => [
  { id: 'a', type: 'text', value: { title: 'A', body: 'one' } },
  { id: 'b', type: 'text', value: { title: 'B' } },
  {
    id: 'g',
    type: 'group',
    value: {},
    children: [{ id: 'c', type: 'text', value: { title: 'C' } }],
  },
]

const applied = (blocks: Block[], ops: Operation[]): Block[] => {
  const result = applyOperations(blocks, ops)
  if (!result.ok) throw new Error(result.message)
  return result.blocks
}

describe('planWholeWrite', () => {
  it('writes the planned document when the backend still holds the base', () => {
    const ops: Operation[] = [{ op: 'update', blockId: 'a', value: { title: 'Mine' } }]
    const plan = planWholeWrite({ base: doc(), current: doc(), ops })
    expect(plan).toEqual({
      kind: 'write',
      from: doc(),
      final: applied(doc(), ops),
      rebased: false,
    })
  })

  it('refuses an operation that does not apply to the base, naming it', () => {
    const ops: Operation[] = [
      { op: 'update', blockId: 'a', value: { title: 'x' } },
      { op: 'remove', blockId: 'nope' },
    ]
    const plan = planWholeWrite({ base: doc(), current: doc(), ops })
    expect(plan).toMatchObject({ kind: 'invalid', index: 1, blockId: 'nope' })
  })

  it('uses the backend rules it is given', () => {
    const plan = planWholeWrite({
      base: doc(),
      current: doc(),
      ops: [{ op: 'remove', blockId: 'a' }],
      apply: () => ({ ok: false, index: 0, reason: 'invalid-operation', message: 'No.' }),
    })
    expect(plan).toMatchObject({ kind: 'invalid', index: 0, message: 'No.' })
  })

  it('writes nothing when the backend already holds the result (an answer was lost)', () => {
    const ops: Operation[] = [{ op: 'moveAfter', blockId: 'a', anchorId: 'b' }]
    const plan = planWholeWrite({ base: doc(), current: applied(doc(), ops), ops })
    expect(plan).toEqual({ kind: 'landed', final: applied(doc(), ops) })
  })

  it("keeps someone else's change to another block and the user's own change", () => {
    const theirs = applied(doc(), [{ op: 'update', blockId: 'b', value: { title: 'Theirs' } }])
    const ops: Operation[] = [{ op: 'update', blockId: 'a', value: { title: 'Mine' } }]
    const plan = planWholeWrite({ base: doc(), current: theirs, ops })
    expect(plan.kind).toBe('write')
    if (plan.kind !== 'write') return
    expect(plan.rebased).toBe(true)
    expect(plan.from).toEqual(theirs)
    expect(findBlock(plan.final, 'a')?.value).toEqual({ title: 'Mine', body: 'one' })
    expect(findBlock(plan.final, 'b')?.value).toEqual({ title: 'Theirs' })
  })

  it('keeps another field someone else changed on the same block', () => {
    const theirs = applied(doc(), [{ op: 'update', blockId: 'a', value: { body: 'two' } }])
    const plan = planWholeWrite({
      base: doc(),
      current: theirs,
      ops: [{ op: 'update', blockId: 'a', value: { title: 'Mine' } }],
    })
    expect(plan.kind === 'write' && findBlock(plan.final, 'a')?.value).toEqual({
      title: 'Mine',
      body: 'two',
    })
  })

  it('surfaces a field both sides changed as a conflict, and plans no write', () => {
    const theirs = applied(doc(), [{ op: 'update', blockId: 'a', value: { title: 'Theirs' } }])
    const plan = planWholeWrite({
      base: doc(),
      current: theirs,
      ops: [{ op: 'update', blockId: 'a', value: { title: 'Mine' } }],
    })
    expect(plan).toMatchObject({
      kind: 'conflict',
      conflicts: [{ blockId: 'a', kind: 'field-changed', fields: ['title'] }],
    })
  })

  it('surfaces an edit of a block someone else removed as a conflict', () => {
    const theirs = applied(doc(), [{ op: 'remove', blockId: 'b' }])
    const plan = planWholeWrite({
      base: doc(),
      current: theirs,
      ops: [{ op: 'update', blockId: 'b', value: { title: 'Mine' } }],
    })
    expect(plan).toMatchObject({ kind: 'conflict', conflicts: [{ blockId: 'b', kind: 'removed' }] })
  })

  it('refuses to remove a block someone else changed, or to replace a changed document', () => {
    const theirs = applied(doc(), [{ op: 'update', blockId: 'c', value: { title: 'Theirs' } }])
    expect(
      planWholeWrite({ base: doc(), current: theirs, ops: [{ op: 'remove', blockId: 'g' }] }),
    ).toMatchObject({ kind: 'conflict', opIndex: 0, blockId: 'g', conflicts: [] })
    expect(
      planWholeWrite({ base: doc(), current: theirs, ops: [{ op: 'replaceAll', blocks: [] }] }),
    ).toMatchObject({ kind: 'conflict', opIndex: 0 })
    // A block they did not change is removed on top of their change.
    const plan = planWholeWrite({
      base: doc(),
      current: theirs,
      ops: [{ op: 'remove', blockId: 'a' }],
    })
    expect(plan.kind === 'write' && plan.final.map((b) => b.id)).toEqual(['b', 'g'])
    expect(plan.kind === 'write' && findBlock(plan.final, 'c')?.value.title).toBe('Theirs')
  })

  it('keeps a block someone else inserted when the user reorders', () => {
    const theirs = applied(doc(), [
      { op: 'append', block: { id: 'new', type: 'text', value: { title: 'New' } } },
    ])
    const ops: Operation[] = [{ op: 'moveBefore', blockId: 'b', anchorId: 'a' }]
    const plan = planWholeWrite({ base: doc(), current: theirs, ops })
    expect(plan.kind === 'write' && plan.final.map((b) => b.id)).toEqual(['b', 'a', 'g', 'new'])
  })

  it('keeps their change to a block moved out of a container before the user removes it', () => {
    const base: Block[] = [
      {
        id: 'box',
        type: 'group',
        value: {},
        children: [
          {
            id: 'inner',
            type: 'group',
            value: {},
            children: [{ id: 'leaf', type: 'text', value: {} }],
          },
        ],
      },
      { id: 'end', type: 'text', value: {} },
    ]
    const theirs = applied(base, [{ op: 'update', blockId: 'leaf', value: { title: 'Theirs' } }])
    const ops: Operation[] = [
      { op: 'moveAfter', blockId: 'inner', anchorId: 'box' },
      { op: 'remove', blockId: 'box' },
    ]
    const plan = planWholeWrite({ base, current: theirs, ops })
    expect(plan.kind).toBe('write')
    expect(plan.kind === 'write' && findBlock(plan.final, 'leaf')?.value.title).toBe('Theirs')
  })

  it('keeps keys it does not know on blocks it does not touch, and on those it does', () => {
    const read = doc().map((b) => (b.id === 'b' ? { ...b, extra: { kept: true } } : b))
    const theirs = read.map((b) => (b.id === 'g' ? { ...b, value: { title: 'G' } } : b))
    const plan = planWholeWrite({
      base: read,
      current: theirs,
      ops: [{ op: 'update', blockId: 'b', value: { title: 'Mine' } }],
    })
    expect(plan.kind === 'write' && findBlock(plan.final, 'b')).toMatchObject({
      extra: { kept: true },
      value: { title: 'Mine' },
    })
  })
})

/** Mine: the operations of a random list that apply, one after the other, to the base. */
function applicable(base: Block[], ops: readonly Operation[]): { ops: Operation[]; doc: Block[] } {
  const kept: Operation[] = []
  let current = base
  for (const op of ops) {
    const step = applyOperations(current, [op])
    if (step.ok) {
      kept.push(op)
      current = step.blocks
    }
  }
  return { ops: kept, doc: current }
}

describe('planWholeWrite, on random documents', () => {
  it("a concurrent field change to a block the user did not touch survives, and the user's do", () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(50), ({ base, ops: seedOps }, pick) => {
        const mine = applicable(base, seedOps)
        fc.pre(mine.ops.length > 0 && !mine.ops.some((op) => op.op === 'replaceAll'))
        const named = new Set(mine.ops.flatMap(idsOf))
        // A block the user's operations name, or removed with its container, is the user's.
        const others = allBlocks(base).filter(
          (b) => !named.has(b.id) && findBlock(mine.doc, b.id) !== undefined,
        )
        fc.pre(others.length > 0)
        const target = others[pick % others.length] as Block
        const theirs = applied(base, [
          { op: 'update', blockId: target.id, value: { theirs: pick } },
        ])
        const plan = planWholeWrite({ base, current: theirs, ops: mine.ops })
        expect(plan.kind).toBe('write')
        if (plan.kind !== 'write') return
        // Their change survives...
        expect(findBlock(plan.final, target.id)?.value.theirs).toBe(pick)
        // ...and every block the user's operations left in place holds the user's values.
        for (const block of allBlocks(mine.doc)) {
          const written = findBlock(plan.final, block.id)
          expect(written, block.id).toBeDefined()
          const { theirs: _ignored, ...value } = written?.value ?? {}
          if (block.id === target.id) expect(value).toEqual(block.value)
          else expect(written?.value).toEqual(block.value)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('the same field changed on both sides is always a conflict, never a silent overwrite', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(50), ({ base }, pick) => {
        const blocks = allBlocks(base)
        fc.pre(blocks.length > 0)
        const target = blocks[pick % blocks.length] as Block
        const theirs = applied(base, [
          { op: 'update', blockId: target.id, value: { title: `theirs-${pick}` } },
        ])
        const ops: Operation[] = [
          { op: 'update', blockId: target.id, value: { title: `mine-${pick}` } },
        ]
        const plan = planWholeWrite({ base, current: theirs, ops })
        expect(plan).toMatchObject({
          kind: 'conflict',
          conflicts: [{ blockId: target.id, kind: 'field-changed', fields: ['title'] }],
        })
      }),
      { numRuns: 200 },
    )
  })

  it('without a concurrent change it writes exactly what applying the operations gives', () => {
    fc.assert(
      fc.property(scenarioArb, ({ base, ops: seedOps }) => {
        const mine = applicable(base, seedOps)
        const plan = planWholeWrite({ base, current: base, ops: mine.ops })
        expect(plan).toEqual({ kind: 'write', from: base, final: mine.doc, rebased: false })
      }),
      { numRuns: 200 },
    )
  })
})

function allBlocks(blocks: readonly Block[], into: Block[] = []): Block[] {
  for (const block of blocks) {
    into.push(block)
    allBlocks(block.children ?? [], into)
  }
  return into
}

/** Every id an operation names: what it targets, where it goes, what it inserts. */
function idsOf(op: Operation): string[] {
  const ids: string[] = []
  if ('blockId' in op) ids.push(op.blockId)
  if ('anchorId' in op) ids.push(op.anchorId)
  if ('parentId' in op && op.parentId) ids.push(op.parentId)
  if ('block' in op) ids.push(...allBlocks([op.block as Block]).map((b) => b.id))
  return ids
}
