import { describe, expect, it } from 'vitest'
import { ids, testStore } from '../test/doubles/store-fixtures'

describe('dispatch', () => {
  it('applies ops to the view at once and queues them, leaving the base alone', () => {
    const { store } = testStore()
    const failure = store
      .getState()
      .dispatch([{ op: 'moveBefore', blockId: 'b3', anchorId: 'b1' }], 'Move')
    const s = store.getState()
    expect(failure).toBeNull()
    expect(ids(s.view)).toEqual(['b3', 'b1', 'b2'])
    expect(ids(s.base)).toEqual(['b1', 'b2', 'b3'])
    expect(s.pending).toEqual([{ op: 'moveBefore', blockId: 'b3', anchorId: 'b1' }])
    expect(s.status).toBe('unsaved')
    expect(s.statusMessage).toBe('1 unsaved change')
  })

  it('updates the view incrementally, sharing untouched blocks (fast at 10,000 blocks)', () => {
    const blocks = Array.from({ length: 10_000 }, (_, i) => ({
      id: `b${i + 1}`,
      type: 'hero',
      value: { heading: `Heading ${i + 1}` },
    }))
    const { store } = testStore(blocks)
    const before = store.getState().view
    store.getState().dispatch([{ op: 'update', blockId: 'b5000', value: { heading: 'x' } }], 'Type')
    const after = store.getState().view
    expect(after[4999]?.value.heading).toBe('x')
    expect(after[0]).toBe(before[0])
    expect(after[9999]).toBe(before[9999])
    expect(store.getState().base).toBe(blocks)
  })

  it('refuses invalid ops and changes nothing', () => {
    const { store } = testStore()
    const before = store.getState()
    const failure = before.dispatch(
      [
        { op: 'update', blockId: 'b1', value: { heading: 'ok' } },
        { op: 'update', blockId: 'missing', value: { heading: 'x' } },
      ],
      'Edit',
    )
    expect(failure).toMatchObject({ ok: false, index: 1, reason: 'missing-target' })
    expect(store.getState()).toBe(before)
  })

  it('checks block types and fields against the schema', () => {
    const { store } = testStore()
    const unknownType = store
      .getState()
      .dispatch([{ op: 'append', block: { type: 'nope' } }], 'Add')
    expect(unknownType?.reason).toBe('unknown-block-type')
    const unknownField = store
      .getState()
      .dispatch([{ op: 'update', blockId: 'b1', value: { colour: 'red' } }], 'Edit')
    expect(unknownField?.reason).toBe('unknown-field')
    expect(store.getState().pending).toEqual([])
  })

  it('gives inserted blocks ids before queueing them', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'append', block: { type: 'text' } }], 'Add')
    const s = store.getState()
    expect(ids(s.view)).toEqual(['b1', 'b2', 'b3', 'new1'])
    expect(s.pending[0]).toMatchObject({ op: 'append', block: { id: 'new1', type: 'text' } })
  })

  it('folds consecutive updates of one block into one queued op', () => {
    const { store } = testStore()
    const { dispatch } = store.getState()
    dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'H' } }], 'Type')
    dispatch(
      [{ op: 'update', blockId: 'b1', value: { heading: 'He', body_html: '<p>x</p>' } }],
      'Type',
    )
    expect(store.getState().pending).toEqual([
      { op: 'update', blockId: 'b1', value: { heading: 'He', body_html: '<p>x</p>' } },
    ])
  })

  it('clears the selection when the selected block is removed', () => {
    const { store } = testStore()
    store.getState().select('b2')
    store.getState().dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    expect(store.getState().selectedId).toBe('b2')
    store.getState().dispatch([{ op: 'remove', blockId: 'b2' }], 'Remove')
    expect(store.getState().selectedId).toBeNull()
  })
})

describe('history', () => {
  it('undo restores the view and queues the inverse as new ops; redo re-applies', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'remove', blockId: 'b2' }], 'Remove')
    store.getState().undo()
    let s = store.getState()
    expect(s.view).toEqual(s.base)
    expect(s.pending.length).toBe(2)
    expect(s.undoStack).toHaveLength(0)
    expect(s.redoStack.map((e) => e.label)).toEqual(['Remove'])
    store.getState().redo()
    s = store.getState()
    expect(ids(s.view)).toEqual(['b1', 'b3'])
    expect(s.redoStack).toHaveLength(0)
    expect(s.undoStack.map((e) => e.label)).toEqual(['Remove'])
  })

  it('undo works after the edit was flushed', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'New' } }], 'Edit')
    expect(store.getState().takeFlush()).not.toBeNull()
    store.getState().flushSucceeded({ version: 'v2' })
    expect(store.getState().base[0]?.value.heading).toBe('New')
    store.getState().undo()
    const s = store.getState()
    expect(s.view[0]?.value.heading).toBe('Heading 1')
    expect(s.pending).toEqual([{ op: 'update', blockId: 'b1', value: { heading: 'Heading 1' } }])
  })

  it('coalesces typing in the same fields of one block within a second', () => {
    const { store, clock } = testStore()
    const type = (heading: string) =>
      store.getState().dispatch([{ op: 'update', blockId: 'b1', value: { heading } }], 'Type')
    type('a')
    clock.now += 500
    type('ab')
    clock.now += 900
    type('abc')
    expect(store.getState().undoStack).toHaveLength(1)
    clock.now += 1000
    type('abcd')
    expect(store.getState().undoStack).toHaveLength(2)
    store.getState().undo()
    expect(store.getState().view[0]?.value.heading).toBe('abc')
    store.getState().undo()
    expect(store.getState().view[0]?.value.heading).toBe('Heading 1')
  })

  it('does not coalesce different fields or different blocks', () => {
    const { store } = testStore()
    const { dispatch } = store.getState()
    dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'a' } }], 'Type')
    dispatch([{ op: 'update', blockId: 'b1', value: { body_html: '<p>a</p>' } }], 'Type')
    dispatch([{ op: 'update', blockId: 'b2', value: { body_html: '<p>a</p>' } }], 'Type')
    expect(store.getState().undoStack).toHaveLength(3)
  })

  it('a new edit clears redo and does not fold into an entry exposed by undo', () => {
    const { store } = testStore()
    const { dispatch } = store.getState()
    dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'a' } }], 'Type')
    dispatch([{ op: 'remove', blockId: 'b3' }], 'Remove')
    store.getState().undo()
    expect(store.getState().redoStack).toHaveLength(1)
    store.getState().dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'ab' } }], 'Type')
    const s = store.getState()
    expect(s.redoStack).toHaveLength(0)
    expect(s.undoStack).toHaveLength(2)
  })

  it('drops an undo step that no longer applies and reports it', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'update', blockId: 'b2', value: { heading: 'x' } }], 'Edit')
    // Someone else removed b2: the inverse update has no target any more.
    store.getState().rebaseOnto({ blocks: [{ id: 'b1', type: 'hero', value: {} }], version: 'v2' })
    store.getState().undo()
    const s = store.getState()
    expect(s.undoStack).toHaveLength(0)
    expect(s.errors.at(-1)?.message).toMatch(/Cannot undo "Edit"/)
  })
})
