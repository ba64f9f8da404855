import { describe, expect, it } from 'vitest'
import { AdapterError, type AdapterContext } from '../adapters/types'
import { applyOperations } from '../core'
import { fakeAdapterWithStore } from '../test/doubles/fake-store'
import { runFlush } from './run-flush'

function setup() {
  const { adapter, store } = fakeAdapterWithStore()
  return { adapter, store, dispatch: store.getState().dispatch }
}

describe('runFlush', () => {
  it('does nothing when nothing is pending', async () => {
    const { adapter, store } = setup()
    expect(await runFlush(adapter, store)).toEqual({ kind: 'idle' })
    expect(adapter.writes).toEqual([])
  })

  it('sends the minimal plan with the version and makes the reply the base', async () => {
    const { adapter, store, dispatch } = setup()
    dispatch([{ op: 'append', block: { type: 'text' } }], 'Add')
    dispatch([{ op: 'update', blockId: 'n1', value: { body_html: '<p>a</p>' } }], 'Type')
    expect(await runFlush(adapter, store)).toEqual({ kind: 'saved' })
    expect(adapter.writes).toHaveLength(1)
    expect(adapter.writes[0]?.ops).toHaveLength(1)
    expect(adapter.writes[0]?.version).toBe('v1')
    expect(store.getState()).toMatchObject({ base: adapter.blocks, version: 'v2', status: 'saved' })
  })

  it('on 409 reloads, rebases and resends', async () => {
    const { adapter, store, dispatch } = setup()
    dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'mine' } }], 'Edit')
    adapter.externalEdit([{ op: 'remove', blockId: 'b3' }])
    expect(await runFlush(adapter, store)).toEqual({ kind: 'saved' })
    expect(adapter.writes.map((w) => w.version)).toEqual(['v1', 'v2'])
    expect(adapter.blocks.map((b) => b.id)).toEqual(['b1', 'b2'])
    expect(adapter.blocks[0]?.value.heading).toBe('mine')
    expect(store.getState()).toMatchObject({ version: 'v3', status: 'saved', view: adapter.blocks })
  })

  it('re-reads fresh after a 409: never an answer the adapter remembered', async () => {
    const { adapter, store, dispatch } = setup()
    const reads: (AdapterContext | undefined)[] = []
    const load = adapter.loadRecord
    adapter.loadRecord = (ref, ctx) => {
      reads.push(ctx)
      return load(ref, ctx)
    }
    dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'mine' } }], 'Edit')
    adapter.externalEdit([{ op: 'remove', blockId: 'b3' }])
    expect(await runFlush(adapter, store)).toEqual({ kind: 'saved' })
    expect(reads).toEqual([{ fresh: true }])
  })

  it('what cannot replay becomes a conflict; the rest is still saved', async () => {
    const { adapter, store, dispatch } = setup()
    dispatch([{ op: 'update', blockId: 'b3', value: { heading: 'mine' } }], 'Edit')
    dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'also mine' } }], 'Edit')
    adapter.externalEdit([{ op: 'remove', blockId: 'b3' }])
    await runFlush(adapter, store)
    const s = store.getState()
    expect(adapter.blocks[0]?.value.heading).toBe('also mine')
    expect(s.conflicts).toHaveLength(1)
    expect(s.conflicts[0]).toMatchObject({ blockId: 'b3', kind: 'removed' })
    expect(s.status).toBe('conflict')
  })

  it('gives up on conflicts after a bounded number of attempts', async () => {
    const { adapter, store, dispatch } = setup()
    dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    const conflict = () => new AdapterError('conflict', 'changed', { status: 409 })
    adapter.failWrites.push(conflict(), conflict(), conflict())
    const result = await runFlush(adapter, store, { maxConflictRetries: 2 })
    expect(result.kind).toBe('retry')
    expect(adapter.writes).toHaveLength(3)
    expect(store.getState().pending).toEqual([{ op: 'remove', blockId: 'b1' }])
  })

  it('after a flush that landed part-way, resends only what did not land', async () => {
    const { adapter, store, dispatch } = setup()
    const expected = applyOperations(adapter.blocks, [
      { op: 'remove', blockId: 'b1' },
      { op: 'moveAfter', blockId: 'b2', anchorId: 'b3' },
    ])
    dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    dispatch([{ op: 'moveAfter', blockId: 'b2', anchorId: 'b3' }], 'Move')
    const write = adapter.applyOperations.bind(adapter)
    let calls = 0
    adapter.applyOperations = async (ref, ops, ctx) => {
      calls += 1
      if (calls > 1) return write(ref, ops, ctx)
      // A multi-request backend: the first request lands, the second fails.
      await write(ref, ops.slice(0, 1), ctx)
      throw new AdapterError('server', 'Second request failed', { status: 500, appliedCount: 1 })
    }
    expect((await runFlush(adapter, store)).kind).toBe('retry')
    expect(store.getState().pending).toEqual([{ op: 'moveAfter', blockId: 'b2', anchorId: 'b3' }])
    expect((await runFlush(adapter, store)).kind).toBe('saved')
    expect(adapter.writes.at(-1)?.ops).toEqual([{ op: 'moveAfter', blockId: 'b2', anchorId: 'b3' }])
    if (!expected.ok) throw new Error(`the premise failed: ${expected.message}`)
    expect(adapter.blocks).toEqual(expected.blocks)
  })

  it('on 422 holds only the failing operation and saves the rest', async () => {
    const { adapter, store, dispatch } = setup()
    dispatch([{ op: 'update', blockId: 'b1', value: { heading: 'ok' } }], 'Edit')
    dispatch([{ op: 'remove', blockId: 'b2' }], 'Remove')
    adapter.failWrites.push(
      new AdapterError('validation', 'nope', { status: 422, operationIndex: 1 }),
    )
    expect(await runFlush(adapter, store)).toEqual({ kind: 'rejected', pinned: true })
    const s = store.getState()
    // The removed block is not on the canvas: the refusal is shown above it.
    expect(s.rejected).toMatchObject([{ blockId: null, message: 'nope' }])
    expect(s.pending).toEqual([{ op: 'update', blockId: 'b1', value: { heading: 'ok' } }])
    expect(await runFlush(adapter, store)).toEqual({ kind: 'saved' })
    expect(adapter.blocks.map((b) => b.id)).toEqual(['b1', 'b2', 'b3'])
    // Still removed in the view and not saved, until the user discards it.
    expect(store.getState().view.map((b) => b.id)).toEqual(['b1', 'b3'])
    expect(store.getState().status).toBe('rejected')
    expect(await runFlush(adapter, store)).toEqual({ kind: 'idle' })
  })

  it('network and 5xx keep everything and ask for a retry; 429 carries Retry-After', async () => {
    const { adapter, store, dispatch } = setup()
    dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    adapter.failWrites.push(new AdapterError('network', 'down'))
    expect((await runFlush(adapter, store)).kind).toBe('retry')
    // The request may have reached the backend: it stays in flight, unconfirmed.
    expect(store.getState()).toMatchObject({
      status: 'offline',
      inFlight: [{ op: 'remove', blockId: 'b1' }],
      pending: [],
    })
    adapter.failWrites.push(new AdapterError('server', 'unavailable', { status: 503 }))
    expect((await runFlush(adapter, store)).kind).toBe('retry')
    // A 503 says nothing was written: back in the queue.
    expect(store.getState()).toMatchObject({
      status: 'offline',
      inFlight: [],
      pending: [{ op: 'remove', blockId: 'b1' }],
    })
    adapter.failWrites.push(
      new AdapterError('rate-limited', 'slow', { status: 429, retryAfterMs: 4000 }),
    )
    expect(await runFlush(adapter, store)).toMatchObject({ kind: 'retry', retryAfterMs: 4000 })
    expect(await runFlush(adapter, store)).toEqual({ kind: 'saved' })
    expect(store.getState().status).toBe('saved')
  })

  it('stops on errors retrying cannot fix', async () => {
    const { adapter, store, dispatch } = setup()
    dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    adapter.failWrites.push(new AdapterError('auth', 'bad key', { status: 401 }))
    expect((await runFlush(adapter, store)).kind).toBe('stopped')
    expect(store.getState().status).toBe('error')
    expect(store.getState().statusMessage).toContain('bad key')
    expect(store.getState().pending).toHaveLength(1)
  })

  it('re-reads the record before writing after a success without a version', async () => {
    const { adapter, store, dispatch } = setup()
    adapter.omitVersion = true
    dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    await runFlush(adapter, store)
    expect(store.getState()).toMatchObject({ version: null, needsReload: true })
    adapter.omitVersion = false
    dispatch([{ op: 'remove', blockId: 'b2' }], 'Remove')
    expect(await runFlush(adapter, store)).toEqual({ kind: 'saved' })
    expect(adapter.writes.map((w) => w.version)).toEqual(['v1', 'v2'])
    expect(adapter.blocks.map((b) => b.id)).toEqual(['b3'])
  })
})
