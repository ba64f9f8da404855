import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../core'
import { createEditorStore } from '../../store'
import { BASE_PART_SIZE, readQueues, openOutboxDb } from './idb'
import { createOutbox } from './outbox'
import type { LockApi } from './tab-locks'

// The browser's global, which the outbox uses for key ranges.
globalThis.IDBKeyRange ??= IDBKeyRange

const blocks: Block[] = [
  { id: 'a', type: 'hero', value: { heading: 'A' } },
  { id: 'b', type: 'hero', value: { heading: 'B' } },
]
const schema = [
  { type: 'hero', label: 'Hero', fields: [{ key: 'heading', type: 'text' as const, label: 'H' }] },
]
const ref = { collection: 'pages', id: 'home' }
const KEY = 'basker/pages/home'

function newStore(version = 'v1', base = blocks) {
  return createEditorStore({
    ref,
    schema,
    document: { ref, title: 'Home', blocks: base, version },
    generateId: () => 'new1',
  })
}

/** Web Locks as the browser would have them: held names, and ifAvailable answered from them. */
function fakeLocks(): LockApi & { held: Set<string> } {
  const held = new Set<string>()
  const request = ((name: string, ...rest: unknown[]) => {
    const callback = rest.at(-1) as (lock: { name: string } | null) => unknown
    const options = (rest.length > 1 ? rest[0] : {}) as LockOptions
    if (options.ifAvailable && held.has(name)) return Promise.resolve(callback(null))
    held.add(name)
    return Promise.resolve(callback({ name }))
  }) as LockManager['request']
  return { held, request }
}

describe('outbox', () => {
  it('keeps unsaved operations across a reload and gives them to the next session', async () => {
    const factory = new IDBFactory()
    const locks = fakeLocks()
    const first = createOutbox({ factory, tabId: 'tab1', locks })
    expect(await first.claim(KEY)).toEqual([])
    const store = newStore()
    const session = first.persist(KEY, store)
    store.getState().dispatch([{ op: 'update', blockId: 'a', value: { heading: 'Mine' } }], 'Type')
    await session.idle()

    // The reload: tab1's lock is gone with its page, a new page has its own tab id.
    locks.held.delete('outbox-tab:tab1')
    const second = createOutbox({ factory, tabId: 'tab2', locks })
    const claimed = await second.claim(KEY)
    expect(claimed).toHaveLength(1)
    expect(claimed[0]).toMatchObject({ base: blocks, version: 'v1', inFlight: [] })
    expect(claimed[0]?.pending).toEqual([
      { op: 'update', blockId: 'a', value: { heading: 'Mine' } },
    ])

    const restored = newStore()
    expect(restored.getState().restorePending(claimed[0]!)).toBe(1)
    const next = second.persist(KEY, restored)
    await next.idle()
    await second.discard(claimed.map((c) => c.id))
    const rows = await readQueues(await openOutboxDb(factory), KEY)
    expect(rows.map((r) => r.tabId)).toEqual(['tab2'])
  })

  it('never hands one living tab’s queue to another tab', async () => {
    const factory = new IDBFactory()
    const locks = fakeLocks()
    const first = createOutbox({ factory, tabId: 'tab1', locks })
    await first.claim(KEY)
    const store = newStore()
    const session = first.persist(KEY, store)
    store.getState().dispatch([{ op: 'remove', blockId: 'b' }], 'Remove')
    await session.idle()
    const other = createOutbox({ factory, tabId: 'tab2', locks })
    expect(await other.claim(KEY)).toEqual([])
    // Nor to another editor of the same tab while its own editor is open.
    expect(await first.claim(KEY)).toEqual([])
    session.release()
    expect(await first.claim(KEY)).toHaveLength(1)
  })

  it('removes the row once a flush confirms everything it held', async () => {
    const factory = new IDBFactory()
    const outbox = createOutbox({ factory, tabId: 'tab1', locks: fakeLocks() })
    await outbox.claim(KEY)
    const store = newStore()
    const session = outbox.persist(KEY, store)
    store.getState().dispatch([{ op: 'remove', blockId: 'b' }], 'Remove')
    await session.idle()
    const db = await openOutboxDb(factory)
    expect(await readQueues(db, KEY)).toHaveLength(1)

    const plan = store.getState().takeFlush()
    await session.idle()
    const saving = await readQueues(db, KEY)
    expect(saving[0]?.inFlightPlan).toEqual(plan?.ops)
    store.getState().flushSucceeded({ version: 'v2' })
    await session.idle()
    expect(await readQueues(db, KEY)).toEqual([])
  })

  it('writes a large base in parts, keeps only the newest, and reads it back whole', async () => {
    const factory = new IDBFactory()
    const outbox = createOutbox({ factory, tabId: 'tab1', locks: fakeLocks() })
    await outbox.claim(KEY)
    const large: Block[] = Array.from({ length: BASE_PART_SIZE * 2 + 7 }, (_, i) => ({
      id: `b${i}`,
      type: 'hero',
      value: { heading: `Block ${i}` },
    }))
    const store = newStore('v1', large)
    const session = outbox.persist(KEY, store)
    store.getState().dispatch([{ op: 'update', blockId: 'b3', value: { heading: 'Mine' } }], 'Type')
    await session.idle()
    const db = await openOutboxDb(factory)
    const partKeys = async () => {
      const tx = db.transaction('bases', 'readonly')
      return new Promise<string[]>((resolve) => {
        const request = tx.objectStore('bases').getAllKeys()
        request.onsuccess = () => resolve(request.result.map(String))
      })
    }
    expect(await partKeys()).toHaveLength(3)
    const [first] = await readQueues(db, KEY)
    expect(first?.base).toEqual(large)

    // A save moves the base: the next edit writes a new generation and drops the old parts.
    store.getState().takeFlush()
    store.getState().flushSucceeded({ version: 'v2' })
    store
      .getState()
      .dispatch([{ op: 'update', blockId: 'b9', value: { heading: 'Again' } }], 'Type')
    await session.idle()
    const keys = await partKeys()
    expect(keys).toHaveLength(3)
    expect(new Set(keys.map((k) => k.split('#')[1]))).toEqual(new Set(['2']))
    const [second] = await readQueues(db, KEY)
    expect(second?.version).toBe('v2')
    expect(second?.base[3]).toEqual({ id: 'b3', type: 'hero', value: { heading: 'Mine' } })
    expect(second?.base).toHaveLength(large.length)

    store.getState().takeFlush()
    store.getState().flushSucceeded({ version: 'v3' })
    await session.idle()
    expect(await readQueues(db, KEY)).toEqual([])
    expect(await partKeys()).toEqual([])
  })
})
