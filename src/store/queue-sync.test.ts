import { describe, expect, it } from 'vitest'
import { applyOperations } from '../core'
import type { Block } from '../core'
import { ids, testBlocks, testStore } from '../test/doubles/store-fixtures'

function mustApply(blocks: Block[], ops: Parameters<typeof applyOperations>[1]): Block[] {
  const result = applyOperations(blocks, ops)
  if (!result.ok) throw new Error(result.message)
  return result.blocks
}

describe('flush bookkeeping', () => {
  it('takeFlush moves pending to inFlight and returns a minimal plan with the version', () => {
    const { store } = testStore()
    const { dispatch } = store.getState()
    dispatch([{ op: 'append', block: { type: 'text' } }], 'Add')
    dispatch([{ op: 'update', blockId: 'new1', value: { body_html: '<p>x</p>' } }], 'Type')
    const plan = store.getState().takeFlush()
    const s = store.getState()
    expect(plan?.version).toBe('v1')
    expect(plan?.ops).toHaveLength(1)
    // One insert carrying the typed value, instead of an insert and an update.
    expect(plan?.ops[0]).toMatchObject({ block: { id: 'new1', value: { body_html: '<p>x</p>' } } })
    expect(s.pending).toEqual([])
    expect(s.inFlight).toHaveLength(2)
    expect(s.status).toBe('saving')
    expect(store.getState().takeFlush()).toBeNull()
  })

  it('edits cancelling out send nothing', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'append', block: { type: 'text' } }], 'Add')
    store.getState().dispatch([{ op: 'remove', blockId: 'new1' }], 'Remove')
    expect(store.getState().takeFlush()).toBeNull()
    expect(store.getState().status).toBe('saved')
  })

  it('flushSucceeded advances the base and keeps edits made meanwhile pending', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    store.getState().takeFlush()
    store.getState().dispatch([{ op: 'update', blockId: 'b2', value: { heading: 'late' } }], 'Edit')
    const viewBefore = store.getState().view
    store.getState().flushSucceeded({ version: 'v2' })
    const s = store.getState()
    expect(ids(s.base)).toEqual(['b2', 'b3'])
    expect(s.version).toBe('v2')
    expect(s.needsReload).toBe(false)
    expect(s.view).toBe(viewBefore)
    expect(s.pending).toEqual([{ op: 'update', blockId: 'b2', value: { heading: 'late' } }])
    expect(s.status).toBe('unsaved')
  })

  it('a success without a version asks for a re-read', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    store.getState().takeFlush()
    store.getState().flushSucceeded({ version: null })
    expect(store.getState()).toMatchObject({ version: null, needsReload: true, status: 'saved' })
  })

  it('uses the blocks the backend returns when they differ from the prediction', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'update', blockId: 'b1', value: { heading: ' A ' } }], 'Edit')
    store.getState().takeFlush()
    store.getState().dispatch([{ op: 'remove', blockId: 'b3' }], 'Remove')
    const stored = testBlocks().map((b) => (b.id === 'b1' ? { ...b, value: { heading: 'A' } } : b))
    store.getState().flushSucceeded({ version: 'v2', blocks: stored })
    const s = store.getState()
    expect(s.base).toEqual(stored)
    expect(s.view).toEqual(mustApply(stored, [{ op: 'remove', blockId: 'b3' }]))
  })

  it('flushFailed puts inFlight back in front of pending', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    store.getState().takeFlush()
    store.getState().dispatch([{ op: 'remove', blockId: 'b2' }], 'Remove')
    store.getState().flushFailed()
    expect(store.getState().pending).toEqual([
      { op: 'remove', blockId: 'b1' },
      { op: 'remove', blockId: 'b2' },
    ])
    expect(store.getState().inFlight).toEqual([])
  })

  it('flushPartlyApplied moves the landed operations into the base and resends only the rest', () => {
    const { store } = testStore()
    const before = store.getState().base
    store.getState().dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    store.getState().dispatch([{ op: 'moveAfter', blockId: 'b2', anchorId: 'b3' }], 'Move')
    const plan = store.getState().takeFlush()
    expect(plan?.ops).toHaveLength(2)
    const view = store.getState().view
    store.getState().flushPartlyApplied(1)
    const s = store.getState()
    expect(s.base).toEqual(mustApply(before, [{ op: 'remove', blockId: 'b1' }]))
    expect(s.pending).toEqual([{ op: 'moveAfter', blockId: 'b2', anchorId: 'b3' }])
    expect(s.inFlight).toEqual([])
    expect(s.view).toEqual(view)
  })

  it('offline shows while unsaved changes wait, and clears on success', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    store.getState().takeFlush()
    store.getState().flushFailed()
    store.getState().setSyncIssue({ kind: 'offline', message: 'Offline' })
    expect(store.getState()).toMatchObject({ status: 'offline', statusMessage: 'Offline' })
    store.getState().takeFlush()
    store.getState().flushSucceeded({ version: 'v2' })
    expect(store.getState()).toMatchObject({ status: 'saved', syncIssue: null })
  })
})

describe('flushRejected (422)', () => {
  it('holds the refused change in the view, counts it as not saved and keeps the rest pending', () => {
    const { store } = testStore()
    const { dispatch } = store.getState()
    dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'one' } }], 'Edit')
    dispatch([{ op: 'update', blockId: 'b2', value: { heading: 'two' } }], 'Edit')
    dispatch([{ op: 'moveAfter', blockId: 'b1', anchorId: 'b3' }], 'Move')
    const plan = store.getState().takeFlush()
    const index = plan?.ops.findIndex((op) => op.op === 'update' && op.blockId === 'b2') ?? -1
    expect(index).toBeGreaterThanOrEqual(0)
    dispatch([{ op: 'update', blockId: 'b3', value: { heading: 'three' } }], 'Edit')
    store.getState().flushRejected(index, 'heading is too long')
    const s = store.getState()
    expect(s.rejected).toEqual([
      {
        id: expect.any(String),
        blockId: 'b2',
        op: { op: 'update', blockId: 'b2', value: { heading: 'two' } },
        fields: ['heading'],
        message: 'heading is too long',
      },
    ])
    expect(s.errors).toEqual([])
    expect(s.inFlight).toEqual([])
    // What the user typed is still shown.
    expect(ids(s.view)).toEqual(['b2', 'b3', 'b1'])
    expect(s.view.map((b) => b.value.heading)).toEqual(['two', 'three', 'one'])
    expect(s.pending).toHaveLength(3)
    expect(s.pending).not.toContainEqual({ op: 'update', blockId: 'b2', value: { heading: 'two' } })
    expect(s).toMatchObject({ status: 'rejected', statusMessage: 'heading is too long' })
  })

  it('never says saved while a refused change is held, and the next flush leaves it out', () => {
    const { store } = testStore()
    const { dispatch } = store.getState()
    dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'bad' } }], 'Edit')
    dispatch([{ op: 'update', blockId: 'b2', value: { heading: 'good' } }], 'Edit')
    store.getState().takeFlush()
    store.getState().flushRejected(0, 'refused')
    const plan = store.getState().takeFlush()
    expect(plan?.ops).toEqual([{ op: 'update', blockId: 'b2', value: { heading: 'good' } }])
    store.getState().flushSucceeded({ version: 'v2' })
    const s = store.getState()
    expect(s.status).toBe('rejected')
    expect(s.view[0]?.value.heading).toBe('bad')
    expect(s.base[0]?.value.heading).toBe('Heading 1')
    expect(store.getState().takeFlush()).toBeNull()
  })

  it('an edit of the refused block replaces it and both go out as one update', () => {
    const { store } = testStore()
    const { dispatch } = store.getState()
    dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'bad' } }], 'Edit')
    store.getState().takeFlush()
    store.getState().flushRejected(0, 'refused')
    dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'fixed' } }], 'Edit')
    const s = store.getState()
    expect(s.rejected).toEqual([])
    expect(s.status).toBe('unsaved')
    expect(store.getState().takeFlush()?.ops).toEqual([
      { op: 'update', blockId: 'b1', value: { heading: 'fixed' } },
    ])
  })

  it('"Discard change" brings the backend value back and keeps the other edits', () => {
    const { store } = testStore()
    const { dispatch } = store.getState()
    dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'bad' } }], 'Edit')
    store.getState().takeFlush()
    store.getState().flushRejected(0, 'refused')
    dispatch([{ op: 'update', blockId: 'b2', value: { heading: 'other' } }], 'Edit')
    store.getState().discardRejected(store.getState().rejected[0]?.id ?? '')
    const s = store.getState()
    expect(s.rejected).toEqual([])
    expect(s.view.map((b) => b.value.heading)).toEqual(['Heading 1', 'other', 'Heading 3'])
    expect(s.pending).toEqual([{ op: 'update', blockId: 'b2', value: { heading: 'other' } }])
    expect(s.status).toBe('unsaved')
  })

  it('holds what depended on a refused insert with it; discarding removes both', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'append', block: { type: 'text' } }], 'Add')
    store.getState().takeFlush()
    store.getState().dispatch([{ op: 'moveBefore', blockId: 'b1', anchorId: 'new1' }], 'Move')
    store.getState().flushRejected(0, 'unknown block type')
    let s = store.getState()
    expect(s.pending).toEqual([])
    expect(s.rejected.map((r) => r.op.op)).toEqual(['append', 'moveBefore'])
    expect(ids(s.view)).toEqual(['b2', 'b3', 'b1', 'new1'])
    store.getState().discardRejected(s.rejected[0]?.id ?? '')
    s = store.getState()
    expect(s.view).toEqual(s.base)
    expect(s.rejected).toEqual([])
    expect(s.errors).toHaveLength(1)
    expect(s.status).toBe('saved')
  })

  it('shows a refused insert next to its anchor', () => {
    const { store } = testStore()
    store
      .getState()
      .dispatch([{ op: 'insertAfter', blockId: 'b2', block: { type: 'text' } }], 'Add')
    store.getState().takeFlush()
    store.getState().flushRejected(0, 'unknown block type')
    expect(store.getState().rejected).toMatchObject([
      { blockId: 'new1', message: 'unknown block type' },
    ])
    expect(ids(store.getState().view)).toEqual(['b1', 'b2', 'new1', 'b3'])
  })

  it('a rebase keeps a refused change held on the newer version', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'bad' } }], 'Edit')
    store.getState().takeFlush()
    store.getState().flushRejected(0, 'refused')
    const theirs = mustApply(testBlocks(), [
      { op: 'update', blockId: 'b2', value: { heading: 'theirs' } },
    ])
    store.getState().rebaseOnto({ blocks: theirs, version: 'v5' })
    const s = store.getState()
    expect(s.rejected).toHaveLength(1)
    expect(s.view.map((b) => b.value.heading)).toEqual(['bad', 'theirs', 'Heading 3'])
    expect(s.status).toBe('rejected')
  })

  it('keeps everything when the failing op is unknown', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    store.getState().takeFlush()
    store.getState().flushRejected(undefined, 'Rejected')
    expect(store.getState()).toMatchObject({ status: 'error', statusMessage: 'Rejected' })
    expect(store.getState().pending).toEqual([{ op: 'remove', blockId: 'b1' }])
  })
})

describe('rebaseOnto', () => {
  it('replays pending and in-flight ops on the newer version', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'mine' } }], 'Edit')
    store.getState().takeFlush()
    store.getState().dispatch([{ op: 'moveAfter', blockId: 'b1', anchorId: 'b3' }], 'Move')
    const theirs = [...testBlocks(), { id: 'b4', type: 'hero', value: { heading: 'theirs' } }]
    store.getState().rebaseOnto({ blocks: theirs, version: 'v9' })
    const s = store.getState()
    expect(s.version).toBe('v9')
    expect(s.base).toBe(theirs)
    expect(s.inFlight).toEqual([])
    expect(ids(s.view)).toEqual(['b2', 'b3', 'b1', 'b4'])
    expect(s.view[2]?.value.heading).toBe('mine')
    expect(s.conflicts).toEqual([])
  })

  it('turns a change to a removed block into a conflict; keep mine re-applies it', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'update', blockId: 'b2', value: { heading: 'mine' } }], 'Edit')
    const theirs = testBlocks().filter((b) => b.id !== 'b2')
    store.getState().rebaseOnto({ blocks: theirs, version: 'v2' })
    let s = store.getState()
    expect(s.status).toBe('conflict')
    expect(s.conflicts).toHaveLength(1)
    expect(s.conflicts[0]).toMatchObject({ blockId: 'b2', kind: 'removed' })
    expect(ids(s.view)).toEqual(['b1', 'b3'])
    store.getState().resolveConflict(s.conflicts[0]?.id ?? '', 'mine')
    s = store.getState()
    expect(s.conflicts).toEqual([])
    expect(s.view.find((b) => b.id === 'b2')?.value.heading).toBe('mine')
    expect(s.status).toBe('unsaved')
  })

  it('take theirs drops my change', () => {
    const { store } = testStore()
    store.getState().dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'mine' } }], 'Edit')
    const theirs = testBlocks().map((b) =>
      b.id === 'b1' ? { ...b, value: { heading: 'theirs' } } : b,
    )
    store.getState().rebaseOnto({ blocks: theirs, version: 'v2' })
    const conflict = store.getState().conflicts[0]
    expect(conflict).toMatchObject({ kind: 'field-changed', fields: ['heading'] })
    expect(conflict?.mine).toMatchObject({ heading: 'mine' })
    expect(conflict?.theirs).toMatchObject({ heading: 'theirs' })
    store.getState().resolveConflict(conflict?.id ?? '', 'theirs')
    const s = store.getState()
    expect(s.view[0]?.value.heading).toBe('theirs')
    expect(s.pending).toEqual([])
    expect(s.status).toBe('saved')
  })
})
