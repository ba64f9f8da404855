// The editor store and the flush against the real Basker reference server: a save, a save
// after someone else's change (409 → reload → rebase → resend) and a 422 dropping one op.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SERVER_START_MS } from '../../adapters/contract/define-adapter-contract'
import type { ContractSetup } from '../../adapters/contract/define-adapter-contract'
import { createEditorStore } from '../../store'
import type { EditorStoreApi } from '../../store'
import { runFlush } from '../../sync/run-flush'
import { startBasker } from './start-basker'

describe('sync against the Basker reference backend', () => {
  let ctx: ContractSetup
  let store: EditorStoreApi
  beforeAll(async () => {
    ctx = await startBasker()
    const ref = ctx.record
    const [schema, document] = await Promise.all([
      ctx.adapter.loadBlockTypes(ref),
      ctx.adapter.loadRecord(ref),
    ])
    store = createEditorStore({ ref, schema, document })
  }, SERVER_START_MS)
  afterAll(async () => {
    await ctx?.teardown?.()
  }, SERVER_START_MS)

  const edit = () => {
    const block = store.getState().view.find((b) => b.type === 'heading')
    if (!block) throw new Error('the demo home page has a heading block')
    return block
  }

  it('saves an edit and adopts the new version', async () => {
    const heading = edit()
    expect(
      store
        .getState()
        .dispatch([{ op: 'update', blockId: heading.id, value: { text: 'Saved' } }], 'Type'),
    ).toBeNull()
    expect(await runFlush(ctx.adapter, store)).toEqual({ kind: 'saved' })
    const server = await ctx.adapter.loadRecord(ctx.record)
    expect(store.getState()).toMatchObject({ version: server.version, status: 'saved' })
    expect(store.getState().view).toEqual(server.blocks)
  })

  it('replays on top of a change made elsewhere', async () => {
    const other = await ctx.adapter.loadRecord(ctx.record)
    const theirs = other.blocks[other.blocks.length - 1]
    if (!theirs) throw new Error('the page has blocks')
    await ctx.adapter.applyOperations(ctx.record, [{ op: 'remove', blockId: theirs.id }], {
      version: other.version,
      base: other.blocks,
    })
    const heading = edit()
    store
      .getState()
      .dispatch([{ op: 'update', blockId: heading.id, value: { text: 'Mine' } }], 'Type')
    expect(await runFlush(ctx.adapter, store)).toEqual({ kind: 'saved' })
    const server = await ctx.adapter.loadRecord(ctx.record)
    expect(server.blocks.some((b) => b.id === theirs.id)).toBe(false)
    expect(server.blocks.find((b) => b.id === heading.id)?.value.text).toBe('Mine')
    expect(store.getState()).toMatchObject({ version: server.version, conflicts: [] })
    expect(store.getState().view).toEqual(server.blocks)
  })

  it('a rejected operation is held with its message; the others are saved; discard restores', async () => {
    const [kept, refused] = store.getState().view.filter((b) => b.type === 'heading')
    if (!kept || !refused) throw new Error('the demo home page has two heading blocks')
    const { dispatch } = store.getState()
    // The core checks fields, not values: the backend is the one to refuse this select value.
    dispatch([{ op: 'update', blockId: kept.id, value: { text: 'Kept' } }], 'Type')
    dispatch([{ op: 'update', blockId: refused.id, value: { level: 'h9' } }], 'Level')
    expect(await runFlush(ctx.adapter, store)).toEqual({ kind: 'rejected', pinned: true })
    let state = store.getState()
    expect(state.rejected).toEqual([
      {
        id: expect.any(String),
        blockId: refused.id,
        op: { op: 'update', blockId: refused.id, value: { level: 'h9' } },
        fields: ['level'],
        message: expect.stringMatching(/^Level must be one of/),
      },
    ])
    // The refused value stays where the user typed it; it is not queued again by itself.
    expect(state.view.find((b) => b.id === refused.id)?.value.level).toBe('h9')
    expect(state.pending).toEqual([{ op: 'update', blockId: kept.id, value: { text: 'Kept' } }])
    expect(await runFlush(ctx.adapter, store)).toEqual({ kind: 'saved' })
    const server = await ctx.adapter.loadRecord(ctx.record)
    expect(server.blocks.find((b) => b.id === kept.id)?.value.text).toBe('Kept')
    expect(server.blocks.find((b) => b.id === refused.id)?.value).toEqual(refused.value)
    expect(store.getState().status).not.toBe('saved')

    store.getState().discardRejected(store.getState().rejected[0]?.id ?? '')
    state = store.getState()
    expect(state.rejected).toEqual([])
    expect(state.view).toEqual(server.blocks)
  })
})
