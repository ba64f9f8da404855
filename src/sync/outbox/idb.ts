// The outbox's IndexedDB: one row per (record, tab) with the queue, and the base it was made
// against in a separate store, so a keystroke rewrites the small queue and never the document.
// The base is written in parts of a few hundred top-level blocks, one transaction each: cloning
// a 10,000-block base in one put is a task of 100 ms or more, on the keystroke after each save.
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
  /** Where its base is: `count` parts of generation `gen` (rows written before parts: one row). */
  baseParts?: BaseParts
}

export interface BaseParts {
  gen: number
  count: number
}

/** Top-level blocks per part of a base. */
export const BASE_PART_SIZE = 500

const partId = (id: string, gen: number, index: number): string => `${id}#${gen}#${index}`
/** Every part of every generation of one row's base (ids never hold '#' after the row id). */
const partsOf = (id: string): IDBKeyRange => IDBKeyRange.bound(`${id}#`, `${id}#\uffff`)

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

/**
 * Writes a base as a new generation of parts, one transaction per part (each a short task). The
 * queue row still names the previous generation until writeQueue names this one, so a reload in
 * between restores the previous, complete pair.
 */
export async function writeBaseParts(
  db: IDBDatabase,
  id: string,
  gen: number,
  blocks: readonly Block[],
): Promise<BaseParts> {
  const count = Math.max(1, Math.ceil(blocks.length / BASE_PART_SIZE))
  for (let index = 0; index < count; index += 1) {
    const tx = db.transaction(BASES, 'readwrite')
    const part = blocks.slice(index * BASE_PART_SIZE, (index + 1) * BASE_PART_SIZE)
    tx.objectStore(BASES).put({ id: partId(id, gen, index), blocks: part } satisfies BaseRow)
    await committed(tx)
  }
  return { gen, count }
}

/** Writes the queue row; the parts of any other generation of its base go in the same transaction. */
/**
 * Writes the queue row; with `clean`, also deletes the base parts of other generations (needed
 * once after a new base is written, not on every keystroke's write).
 */
export async function writeQueue(
  db: IDBDatabase,
  row: QueueRow,
  { clean = true }: { clean?: boolean } = {},
): Promise<void> {
  const current = clean ? row.baseParts : undefined
  const tx = db.transaction(current ? [QUEUES, BASES] : [QUEUES], 'readwrite')
  tx.objectStore(QUEUES).put(row)
  if (current) {
    const bases = tx.objectStore(BASES)
    const keys = await done(bases.getAllKeys(partsOf(row.id)))
    for (const key of keys) {
      if (!String(key).startsWith(`${row.id}#${current.gen}#`)) bases.delete(key)
    }
    bases.delete(row.id)
  }
  return committed(tx)
}

export function deleteQueues(db: IDBDatabase, ids: readonly string[]): Promise<void> {
  const tx = db.transaction([QUEUES, BASES], 'readwrite')
  for (const id of ids) {
    tx.objectStore(QUEUES).delete(id)
    tx.objectStore(BASES).delete(id)
    tx.objectStore(BASES).delete(partsOf(id))
  }
  return committed(tx)
}

async function readBase(store: IDBObjectStore, row: QueueRow): Promise<Block[] | undefined> {
  if (!row.baseParts) return (await done<BaseRow | undefined>(store.get(row.id)))?.blocks
  const blocks: Block[] = []
  for (let index = 0; index < row.baseParts.count; index += 1) {
    const part = await done<BaseRow | undefined>(
      store.get(partId(row.id, row.baseParts.gen, index)),
    )
    if (!part) return undefined
    blocks.push(...part.blocks)
  }
  return blocks
}

export async function readQueues(db: IDBDatabase, recordKey: string): Promise<OutboxEntry[]> {
  const tx = db.transaction([QUEUES, BASES], 'readonly')
  const rows = await done<QueueRow[]>(tx.objectStore(QUEUES).index('recordKey').getAll(recordKey))
  const entries: OutboxEntry[] = []
  for (const row of rows) {
    const base = await readBase(tx.objectStore(BASES), row)
    // A queue without its base cannot be rebased; it is only written after its base.
    if (!base) continue
    entries.push({
      id: row.id,
      tabId: row.tabId,
      base,
      version: row.version,
      inFlight: row.inFlight,
      inFlightPlan: row.inFlightPlan,
      pending: row.pending,
      rejected: row.rejected ?? [],
    })
  }
  return entries
}
