import { describe, expect, it } from 'vitest'
import { applyOperations } from '../core'
import type { Block, Operation } from '../core'
import { ids, testBlocks, testStore } from '../test/doubles/store-fixtures'
import type { SavedQueue } from './types'

function mustApply(blocks: Block[], ops: Operation[]): Block[] {
  const result = applyOperations(blocks, ops)
  if (!result.ok) throw new Error(result.message)
  return result.blocks
}

const insert: Operation = {
  op: 'insertAfter',
  blockId: 'b1',
  block: { id: 'x1', type: 'hero', value: { heading: 'New' } },
}

function saved(partial: Partial<SavedQueue>): SavedQueue {
  return {
    base: testBlocks(),
    version: 'v1',
    inFlight: [],
    inFlightPlan: [],
    pending: [],
    ...partial,
  }
}

describe('restorePending', () => {
  it('replays unsaved operations on the fresh record and queues them', () => {
    const { store } = testStore()
    const count = store
      .getState()
      .restorePending(
        saved({ pending: [insert, { op: 'update', blockId: 'b3', value: { heading: 'Mine' } }] }),
      )
    const s = store.getState()
    expect(count).toBe(2)
    expect(s.restoredCount).toBe(2)
    expect(ids(s.view)).toEqual(['b1', 'x1', 'b2', 'b3'])
    expect(s.view[3]?.value).toEqual({ heading: 'Mine' })
    expect(s.pending).toHaveLength(2)
    expect(s.status).toBe('unsaved')
  })

  it('drops an insert that already landed instead of inserting it twice', () => {
    // The tab died after the backend applied the insert but before the outbox was cleared, and
    // someone else has written since, so the landed flush cannot be recognised exactly.
    const landed = mustApply(testBlocks(), [
      insert,
      { op: 'update', blockId: 'b2', value: { heading: 'Theirs' } },
    ])
    const { store } = testStore(landed, 'v3')
    const count = store.getState().restorePending(saved({ pending: [insert] }))
    const s = store.getState()
    expect(count).toBe(0)
    expect(ids(s.view)).toEqual(['b1', 'x1', 'b2', 'b3'])
    expect(s.pending).toEqual([])
    expect(s.conflicts).toEqual([])
    expect(s.status).toBe('saved')
  })

  it('recognises a landed insert edited afterwards, and keeps the edits made after it', () => {
    const typed: Operation = { op: 'update', blockId: 'x1', value: { heading: 'New title' } }
    const later: Operation = { op: 'update', blockId: 'b3', value: { heading: 'Later' } }
    const landed = mustApply(testBlocks(), [insert, typed])
    const { store } = testStore(landed, 'v2')
    store.getState().restorePending(saved({ pending: [insert, typed, later] }))
    const s = store.getState()
    expect(ids(s.view)).toEqual(['b1', 'x1', 'b2', 'b3'])
    expect(s.conflicts).toEqual([])
    expect(s.view[1]?.value).toEqual({ heading: 'New title' })
    expect(s.view[3]?.value).toEqual({ heading: 'Later' })
  })

  it('skips the flush in flight when it landed exactly and resends only what followed', () => {
    const inFlight: Operation[] = [
      { op: 'update', blockId: 'b1', value: { heading: 'H' } },
      { op: 'update', blockId: 'b1', value: { heading: 'Hello' } },
    ]
    const inFlightPlan: Operation[] = [{ op: 'update', blockId: 'b1', value: { heading: 'Hello' } }]
    // Typed after the flush left: the same field, which must not look like someone else's edit.
    const pending: Operation[] = [{ op: 'update', blockId: 'b1', value: { heading: 'Hello you' } }]
    const { store } = testStore(mustApply(testBlocks(), inFlightPlan), 'v2')
    store.getState().restorePending(saved({ inFlight, inFlightPlan, pending }))
    const s = store.getState()
    expect(s.conflicts).toEqual([])
    expect(s.pending).toEqual(pending)
    expect(s.view[0]?.value).toEqual({ heading: 'Hello you' })
  })

  it('shows what cannot replay as a conflict the user resolves', () => {
    const theirs = mustApply(testBlocks(), [
      { op: 'update', blockId: 'b2', value: { heading: 'Theirs' } },
    ])
    const { store } = testStore(theirs, 'v2')
    store
      .getState()
      .restorePending(
        saved({ pending: [{ op: 'update', blockId: 'b2', value: { heading: 'Mine' } }] }),
      )
    const s = store.getState()
    expect(s.conflicts).toHaveLength(1)
    expect(s.conflicts[0]).toMatchObject({ blockId: 'b2', kind: 'field-changed' })
    expect(s.status).toBe('conflict')
    const conflict = s.conflicts[0]
    if (!conflict) throw new Error('no conflict')
    s.resolveConflict(conflict.id, 'mine')
    expect(store.getState().view[1]?.value).toEqual({ heading: 'Mine' })
    expect(store.getState().pending).toHaveLength(1)
  })

  it('still detects an insert whose id is taken by different content', () => {
    const other = mustApply(testBlocks(), [
      { op: 'append', block: { id: 'x1', type: 'hero', value: { heading: 'Someone else' } } },
    ])
    const { store } = testStore(other, 'v2')
    store.getState().restorePending(saved({ pending: [insert] }))
    expect(store.getState().conflicts).toMatchObject([{ kind: 'invalid' }])
  })
})
