import { describe, expect, it } from 'vitest'
import { applyOperations } from '../apply-operations'
import { allIds } from '../tree'
import type { Block, BlockTypeSchema } from '../types'
import { createDragController, type DragSource } from './drag-controller'

const schema: BlockTypeSchema[] = [
  { type: 'contents', label: 'Contents', container: true, childTypes: ['content'], fields: [] },
  { type: 'people', label: 'People', container: true, childTypes: ['person'], fields: [] },
  { type: 'content', label: 'Content entry', childOnly: true, fields: [] },
  { type: 'person', label: 'Person entry', childOnly: true, fields: [] },
]
const t = (id: string, type: string, children?: Block[]): Block =>
  children ? { id, type, value: {}, children } : { id, type, value: {} }

function setup(blocks: Block[], selected: string[] = []) {
  const source: DragSource = {
    blocks: () => blocks,
    selected: () => selected,
    rules: () => ({ nesting: true, schema, isContainer: (b) => b.children !== undefined }),
    labelOf: (id) => id.toUpperCase(),
  }
  return createDragController(source)
}

const doc = [
  t('featured', 'contents', [t('welcome', 'content'), t('programme', 'content')]),
  t('speakers', 'people', [t('ada', 'person'), t('grace', 'person')]),
  t('more', 'contents', [t('getting', 'content')]),
  t('empty', 'people', []),
]

describe('the drag controller', () => {
  it('keyboard: pick up, one step up, drop → one move before the first block', () => {
    const drag = setup(doc)
    expect(drag.pickUp('speakers', 'keyboard')).toBe('Picked up SPEAKERS.')
    expect(drag.step(-1)).toBe('SPEAKERS would go before FEATURED.')
    expect(drag.view()).toMatchObject({ target: { anchorId: 'featured', side: 'before' } })
    const drop = drag.drop()
    expect(drop).toMatchObject({
      ops: [{ op: 'moveBefore', blockId: 'speakers', anchorId: 'featured' }],
      refused: false,
      historyLabel: 'Move SPEAKERS',
      text: 'SPEAKERS was moved before FEATURED.',
    })
    expect(drag.view()).toBeNull()
  })

  it('keyboard: stepping back to the origin says so and drops nothing', () => {
    const drag = setup(doc)
    drag.pickUp('ada', 'keyboard')
    expect(drag.step(1)).toBe('ADA would go after GRACE.')
    expect(drag.step(1)).toBe('ADA would go inside EMPTY.')
    expect(drag.step(1)).toBe('ADA would go inside EMPTY.')
    expect(drag.step(-2)).toBe('ADA is back where it was.')
    expect(drag.drop()).toMatchObject({ ops: [], text: 'ADA was dropped where it was.' })
  })

  it('keyboard: a drop into an empty container is accepted by the core', () => {
    const drag = setup(doc)
    drag.pickUp('ada', 'keyboard')
    drag.step(2)
    const drop = drag.drop()
    const result = applyOperations(doc, drop?.ops ?? [], { schema })
    expect(result.ok && result.blocks[3]?.children?.map((b) => b.id)).toEqual(['ada'])
  })

  it('pointer: a refused place is shown refused and its drop still names the core refusal', () => {
    const drag = setup(doc)
    drag.pickUp('ada', 'pointer')
    expect(drag.aim({ anchorId: 'getting', side: 'before' })).toBe('ADA cannot go in MORE.')
    expect(drag.view()).toMatchObject({ refused: true })
    // The same place again: nothing new to say.
    expect(drag.aim({ anchorId: 'getting', side: 'before' })).toBeNull()
    expect(drag.aim({ anchorId: 'featured', side: 'after' })).toBe(
      'ADA cannot go at the top level.',
    )
    expect(drag.aim({ anchorId: 'grace', side: 'after' })).toBe('ADA would go after GRACE.')
    expect(drag.view()).toMatchObject({ refused: false })
    drag.aim({ anchorId: 'getting', side: 'after' })
    const drop = drag.drop()
    expect(drop?.refused).toBe(true)
    expect(applyOperations(doc, drop?.ops ?? [], { schema }).ok).toBe(false)
  })

  it('pointer: no target where the drop would change nothing', () => {
    const drag = setup(doc)
    drag.pickUp('speakers', 'pointer')
    expect(drag.aim({ anchorId: 'featured', side: 'after' })).toBeNull()
    expect(drag.view()?.target).toBeNull()
  })

  it('carries a selection that holds the dragged block, with plural words', () => {
    const flat = ['a', 'b', 'c', 'd', 'e'].map((id) => t(id, 'x'))
    const drag = setup(flat, ['b', 'd', 'e'])
    expect(drag.pickUp('e', 'keyboard')).toBe('Picked up 3 blocks.')
    for (let i = 0; i < 10; i += 1) drag.step(-1)
    const drop = drag.drop()
    expect(drop?.text).toBe('3 blocks were moved before A.')
    const result = applyOperations(flat, drop?.ops ?? [])
    expect(result.ok && allIds(result.blocks)).toEqual(['b', 'd', 'e', 'a', 'c'])
  })

  it('cancel drops nothing and says so', () => {
    const drag = setup(doc)
    drag.pickUp('speakers', 'keyboard')
    drag.step(-1)
    expect(drag.cancel()).toBe('Moving SPEAKERS was cancelled.')
    expect(drag.drop()).toBeNull()
    expect(drag.pickUp('nope', 'keyboard')).toBeNull()
  })
})
