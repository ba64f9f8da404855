// The outbox's IndexedDB: one row per (record, tab) with the queue, and the base it was made
// against in a separate store, so a keystroke rewrites the small queue and never the document.
import type { Block } from '../../core'
import type { SavedQueue } from '../../store'

const DB_NAME = 'block-editor-outbox'
const QUEUES = 'queues'
const BASES = 'bases'

export interface QueueRow extends Omit<SavedQueue, 'base'> {
  /** `${recordKey}|${tabId}` */
  id: string
  recordKey: string
  tabId: string
  savedAt: number
}

interface BaseRow {
  id: string
  blocks: Block[]
}

export interface OutboxEntry extends SavedQueue {
  id: string
  tabId: string
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'))
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'))
  })
}

export function openOutboxDb(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DB_NAME, 1)
  request.onupgradeneeded = () => {
    const db = request.result
    db.createObjectStore(QUEUES, { keyPath: 'id' }).createIndex('recordKey', 'recordKey')
    db.createObjectStore(BASES, { keyPath: 'id' })
  }
  return done(request)
}

/** Writes the queue, and the base only when given; both in one transaction, so never torn. */
export function writeQueue(db: IDBDatabase, row: QueueRow, base?: Block[]): Promise<void> {
  const tx = db.transaction([QUEUES, BASES], 'readwrite')
  tx.objectStore(QUEUES).put(row)
  if (base) tx.objectStore(BASES).put({ id: row.id, blocks: base } satisfies BaseRow)
  return committed(tx)
}

export function deleteQueues(db: IDBDatabase, ids: readonly string[]): Promise<void> {
  const tx = db.transaction([QUEUES, BASES], 'readwrite')
  for (const id of ids) {
    tx.objectStore(QUEUES).delete(id)
    tx.objectStore(BASES).delete(id)
  }
  return committed(tx)
}

export async function readQueues(db: IDBDatabase, recordKey: string): Promise<OutboxEntry[]> {
  const tx = db.transaction([QUEUES, BASES], 'readonly')
  const rows = await done<QueueRow[]>(tx.objectStore(QUEUES).index('recordKey').getAll(recordKey))
  const entries: OutboxEntry[] = []
  for (const row of rows) {
    const base = await done<BaseRow | undefined>(tx.objectStore(BASES).get(row.id))
    // A queue without its base cannot be rebased; it is only written together with one.
    if (!base) continue
    entries.push({
      id: row.id,
      tabId: row.tabId,
      base: base.blocks,
      version: row.version,
      inFlight: row.inFlight,
      inFlightPlan: row.inFlightPlan,
      pending: row.pending,
      rejected: row.rejected ?? [],
    })
  }
  return entries
}
