// runFlush after an ambiguous failure: the record is re-read before anything is resent, so a
// write whose answer was lost is never applied twice.
import { describe, expect, it } from 'vitest'
import { AdapterError } from '../../adapters/types'
import type { ApplyContext, RecordRef } from '../../adapters/types'
import type { Operation } from '../../core'
import { fakeAdapterWithStore } from '../../test/doubles/fake-store'
import { runFlush } from '../run-flush'

function setup() {
  const { adapter, store } = fakeAdapterWithStore()
  let reads = 0
  const read = adapter.loadRecord.bind(adapter)
  adapter.loadRecord = (ref: RecordRef) => {
    reads += 1
    return read(ref)
  }
  const write = adapter.applyOperations.bind(adapter)
  /** The next write is applied, then its answer is lost with `error`. */
  const loseNextAnswer = (error: AdapterError) => {
    adapter.applyOperations = async (ref: RecordRef, ops: Operation[], ctx: ApplyContext) => {
      adapter.applyOperations = write
      await write(ref, ops, ctx)
      throw error
    }
  }
  return { adapter, store, dispatch: store.getState().dispatch, loseNextAnswer, reads: () => reads }
}

const gatewayTimeout = () => new AdapterError('server', 'Gateway Timeout', { status: 504 })

describe('runFlush after a lost answer', () => {
  it('a write that landed is confirmed by a re-read and never sent again', async () => {
    const { adapter, store, dispatch, loseNextAnswer, reads } = setup()
    dispatch([{ op: 'append', block: { type: 'text', value: { body_html: '<p>x</p>' } } }], 'Add')
    loseNextAnswer(gatewayTimeout())
    expect((await runFlush(adapter, store)).kind).toBe('retry')
    expect(store.getState()).toMatchObject({ status: 'offline', pending: [] })
    expect(store.getState().inFlight).toHaveLength(1)

    expect(await runFlush(adapter, store)).toEqual({ kind: 'saved' })
    expect(reads()).toBe(1)
    expect(adapter.writes).toHaveLength(1)
    expect(adapter.blocks.filter((b) => b.id === 'n1')).toHaveLength(1)
    expect(store.getState()).toMatchObject({
      status: 'saved',
      version: 'v2',
      inFlight: [],
      pending: [],
      base: adapter.blocks,
      view: adapter.blocks,
    })
  })

  it('edits made meanwhile are sent on top of the confirmed write, with its version', async () => {
    const { adapter, store, dispatch, loseNextAnswer } = setup()
    dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    loseNextAnswer(new AdapterError('timeout', 'no answer'))
    await runFlush(adapter, store)
    dispatch([{ op: 'update', blockId: 'b2', value: { heading: 'after' } }], 'Edit')
    expect(await runFlush(adapter, store)).toEqual({ kind: 'saved' })
    expect(adapter.writes.map((w) => [w.version, w.ops])).toEqual([
      ['v1', [{ op: 'remove', blockId: 'b1' }]],
      ['v2', [{ op: 'update', blockId: 'b2', value: { heading: 'after' } }]],
    ])
    expect(adapter.blocks.map((b) => b.id)).toEqual(['b2', 'b3'])
  })

  it('a write that did not land is sent again after the re-read', async () => {
    const { adapter, store, dispatch, reads } = setup()
    dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    adapter.failWrites.push(new AdapterError('network', 'connection reset'))
    expect((await runFlush(adapter, store)).kind).toBe('retry')
    expect(await runFlush(adapter, store)).toEqual({ kind: 'saved' })
    expect(reads()).toBe(1)
    expect(adapter.writes.map((w) => w.version)).toEqual(['v1', 'v1'])
    expect(adapter.blocks.map((b) => b.id)).toEqual(['b2', 'b3'])
  })

  it('when someone else wrote meanwhile, replays intent on their version (no duplicate)', async () => {
    const { adapter, store, dispatch, loseNextAnswer } = setup()
    dispatch([{ op: 'append', block: { type: 'text', value: {} } }], 'Add')
    loseNextAnswer(gatewayTimeout())
    await runFlush(adapter, store)
    adapter.externalEdit([{ op: 'remove', blockId: 'b3' }])
    await runFlush(adapter, store)
    expect(adapter.blocks.filter((b) => b.id === 'n1')).toHaveLength(1)
    expect(adapter.writes).toHaveLength(1)
    const s = store.getState()
    expect(s.inFlight).toEqual([])
    expect(s.pending).toEqual([])
    expect(s.view).toEqual(adapter.blocks)
    // The insert that had landed is recognised as ours: no conflict to resolve.
    expect(s.conflicts).toEqual([])
    expect(s.status).toBe('saved')
  })

  it('a failed re-read keeps the write unconfirmed and sends nothing', async () => {
    const { adapter, store, dispatch, loseNextAnswer } = setup()
    dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    loseNextAnswer(gatewayTimeout())
    await runFlush(adapter, store)
    adapter.loadRecord = () => Promise.reject(new AdapterError('network', 'still down'))
    dispatch([{ op: 'remove', blockId: 'b2' }], 'Remove')
    expect((await runFlush(adapter, store)).kind).toBe('retry')
    expect(adapter.writes).toHaveLength(1)
    expect(store.getState().inFlight).toEqual([{ op: 'remove', blockId: 'b1' }])
    expect(store.getState().pending).toEqual([{ op: 'remove', blockId: 'b2' }])
  })

  it('an unreadable answer to a write is settled by the re-read, not given up', async () => {
    const { adapter, store, dispatch, loseNextAnswer } = setup()
    dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    loseNextAnswer(new AdapterError('malformed', 'The backend sent invalid JSON (HTTP 200)'))
    const first = await runFlush(adapter, store)
    expect(first.kind).toBe('retry')
    expect(store.getState().status).toBe('error')
    expect(await runFlush(adapter, store)).toEqual({ kind: 'saved' })
    expect(adapter.writes).toHaveLength(1)
    expect(store.getState().status).toBe('saved')
  })
})
