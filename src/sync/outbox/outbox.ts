// The durable outbox of this page: unsaved operations of every open record, kept in IndexedDB
// per record and per editor session, so a reload, a crash or a closed tab loses nothing.
import type { EditorStoreApi } from '../../store'
import { deleteQueues, openOutboxDb, readQueues } from './idb'
import type { OutboxEntry } from './idb'
import { persistQueue } from './persist-queue'
import type { QueuePersister } from './persist-queue'
import { holdTabLock, isOrphan, pageLocks } from './tab-locks'
import type { LockApi } from './tab-locks'

export interface OutboxSession extends QueuePersister {
  /** The editor closed: its row stays (and keeps following the store) until it is empty. */
  release(): void
}

export interface Outbox {
  readonly tabId: string
  /** Queues no living editor owns (left by a closed tab, a crash, a reload, a closed editor). */
  claim(recordKey: string): Promise<OutboxEntry[]>
  /** Starts keeping `store`'s queue; calling it again for the same store reuses its row. */
  persist(recordKey: string, store: EditorStoreApi): OutboxSession
  discard(ids: readonly string[]): Promise<void>
}

export interface OutboxOptions {
  factory: IDBFactory
  tabId?: string
  locks?: LockApi | undefined
  onError?: (error: unknown) => void
}

export function createOutbox(options: OutboxOptions): Outbox {
  const tabId = options.tabId ?? crypto.randomUUID()
  const locks = 'locks' in options ? options.locks : pageLocks()
  holdTabLock(tabId, locks)
  const db = openOutboxDb(options.factory)
  const onError = options.onError ?? ((error: unknown) => console.warn('Outbox:', error))
  const sessions = new WeakMap<EditorStoreApi, { id: string; persister: QueuePersister }>()
  // Rows of this tab whose editor is open: never claimed by another editor of this tab.
  const active = new Set<string>()
  let opened: IDBDatabase | null = null
  void db.then((value) => (opened = value)).catch(onError)

  return {
    tabId,
    async claim(recordKey) {
      const entries = await readQueues(await db, recordKey)
      const claimed: OutboxEntry[] = []
      for (const entry of entries) {
        const free =
          entry.tabId === tabId ? !active.has(entry.id) : await isOrphan(entry.tabId, locks)
        if (free) claimed.push(entry)
      }
      return claimed
    },
    persist(recordKey, store) {
      let session = sessions.get(store)
      // Claim awaited the database, so it is open by the time an editor exists.
      if (!session && opened) {
        const id = `${recordKey}|${tabId}|${crypto.randomUUID()}`
        const persister = persistQueue(opened, store, { id, recordKey, tabId }, onError)
        session = { id, persister }
        sessions.set(store, session)
      }
      if (!session) return { idle: () => Promise.resolve(), release: () => undefined }
      const { id, persister } = session
      active.add(id)
      return { idle: persister.idle, release: () => active.delete(id) }
    },
    async discard(ids) {
      if (ids.length > 0) await deleteQueues(await db, ids)
    },
  }
}

let shared: Outbox | null | undefined

/** This page's outbox, or null where IndexedDB is missing (edits then live in memory only). */
export function pageOutbox(): Outbox | null {
  if (shared !== undefined) return shared
  shared = typeof indexedDB === 'undefined' ? null : createOutbox({ factory: indexedDB })
  return shared
}
