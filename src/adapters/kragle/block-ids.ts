// Which editor id names which Kragle block, kept where a reload cannot lose it.
//
// A block's id in the editor is the instance id Kragle gave it when it was first read, or the id
// the editor gave a block it inserted. A write (`PUT` of the whole array, which carries no ids)
// may give blocks new instance ids, so after each write the book records, per stack, which
// editor id each new instance id stands for (`instance → editor`). The book lives in the
// browser's localStorage (beside the durable outbox in IndexedDB), so after a reload the same
// block has the same id, and an edit the outbox restores reaches the block it was made on.
//
// A write whose answer never arrived (a reload or a lost connection mid-save) is recognised on
// the next read: before sending, the book notes the editor ids and what the stack will hold; a
// read that finds exactly that takes those ids by position. Another client's write may give
// blocks new instance ids too: a block whose instance id is new since the last read takes the
// editor id of a block that has vanished since with exactly the same content (first in order).
// Content is kept as a short hash of its canonical JSON, so the book stays small.
import { deepEqual } from '../../core'
import type { ReadBlock } from './parse-stack'

export interface IdStorage {
  get(key: string): string | null
  set(key: string, value: string): void
  remove(key: string): void
}

export const memoryStorage = (): IdStorage => {
  const map = new Map<string, string>()
  return {
    get: (key) => map.get(key) ?? null,
    set: (key, value) => void map.set(key, value),
    remove: (key) => void map.delete(key),
  }
}

/** The browser's localStorage, or null where there is none (Node, a locked-down browser). */
export const browserStorage = (): IdStorage | null => {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage
    if (!storage) return null
    const probe = 'kragle-block-ids:probe'
    storage.setItem(probe, '1')
    storage.removeItem(probe)
    return {
      get: (key) => storage.getItem(key),
      set: (key, value) => {
        try {
          storage.setItem(key, value)
        } catch {
          // Full or refused: the ids still hold for this page's lifetime (see memory below).
        }
      },
      remove: (key) => storage.removeItem(key),
    }
  } catch {
    return null
  }
}

/** JSON with object keys sorted, so equal content reads alike whatever order Kragle keeps. */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** What a block holds (type, conversion, state) as a short hash (FNV-1a, 32 bits, and length). */
export type Fingerprint = string

export const fingerprint = (block: {
  type: string
  conversion: unknown
  state: unknown
}): Fingerprint => {
  const text = canonical([block.type, block.conversion ?? null, block.state ?? null])
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `${text.length.toString(36)}.${hash.toString(36)}`
}

const printOf = (block: ReadBlock): Fingerprint =>
  fingerprint({ type: block.type, conversion: block.conversion, state: block.options.state })

interface StackBook {
  /** instance id → editor id (a self-mapping overrides an older alias of that instance). */
  aliases: Record<string, string>
  /** A write sent and not yet confirmed. */
  pending: { editorIds: string[]; blocks: Fingerprint[] } | null
  /** The last read: [instance id, editor id, fingerprint] per block. */
  seen: [string, string, Fingerprint][]
}

const EMPTY: StackBook = { aliases: {}, pending: null, seen: [] }
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export class BlockIdBook {
  /** The books as last known here, for when storage refuses a write. */
  private readonly memory = new Map<string, StackBook>()

  constructor(
    private readonly storage: IdStorage,
    private readonly prefix = 'kragle-block-ids:',
  ) {}

  private load(stackId: string): StackBook {
    const raw = this.storage.get(this.prefix + stackId)
    if (raw === null) return this.memory.get(stackId) ?? EMPTY
    try {
      const parsed: unknown = JSON.parse(raw)
      if (isObject(parsed) && isObject(parsed.aliases)) {
        const aliases = Object.fromEntries(
          Object.entries(parsed.aliases).filter(
            (entry): entry is [string, string] => typeof entry[1] === 'string',
          ),
        )
        const pending = parsed.pending as StackBook['pending']
        const seen = Array.isArray(parsed.seen) ? (parsed.seen as StackBook['seen']) : []
        return { aliases, pending: isObject(pending) ? pending : null, seen }
      }
    } catch {
      // A damaged entry names nothing: fall through to what memory holds.
    }
    return this.memory.get(stackId) ?? EMPTY
  }

  private save(stackId: string, book: StackBook): void {
    this.memory.set(stackId, book)
    if (Object.keys(book.aliases).length === 0 && book.pending === null && book.seen.length === 0) {
      this.storage.remove(this.prefix + stackId)
    } else {
      this.storage.set(this.prefix + stackId, JSON.stringify(book))
    }
  }

  /**
   * Editor ids for the blocks of a stack as read now (null for a block Kragle sent without an
   * instance id; the adapter names those itself).
   */
  editorIds(stackId: string, blocks: readonly ReadBlock[]): (string | null)[] {
    const book = this.load(stackId)
    let aliases = book.aliases
    let pending = book.pending
    const instanceIds = blocks.map((block) => block.instanceId)
    const now = blocks.map(printOf)
    if (pending !== null) {
      if (
        pending.editorIds.length === blocks.length &&
        deepEqual(now, pending.blocks) &&
        instanceIds.every((id) => id !== null)
      ) {
        aliases = { ...aliases, ...pairs(instanceIds as string[], pending.editorIds) }
      }
      pending = null
    }
    const present = new Set(instanceIds.filter((id): id is string => id !== null))
    aliases = { ...aliases, ...this.matchNew(book.seen, instanceIds, now, aliases, present) }
    const kept = Object.fromEntries(Object.entries(aliases).filter(([id]) => present.has(id)))
    const used = new Set<string>()
    const ids = instanceIds.map((instanceId) => {
      if (instanceId === null) return null
      const alias = kept[instanceId]
      let id = alias !== undefined && !used.has(alias) ? alias : instanceId
      // An editor id that is also another block's instance id: that block is named apart.
      if (used.has(id)) id = `kragle-instance-${instanceId}`
      used.add(id)
      return id
    })
    const seen = instanceIds.flatMap((instanceId, i): StackBook['seen'] => {
      const id = ids[i]
      return instanceId === null || id === null || id === undefined
        ? []
        : [[instanceId, id, now[i] ?? '']]
    })
    this.save(stackId, { aliases: kept, pending, seen })
    return ids
  }

  /** Aliases for instances new since the last read, to vanished blocks of the same content. */
  private matchNew(
    seen: StackBook['seen'],
    instanceIds: readonly (string | null)[],
    prints: readonly Fingerprint[],
    aliases: Record<string, string>,
    present: ReadonlySet<string>,
  ): Record<string, string> {
    const known = new Set(seen.map(([instanceId]) => instanceId))
    const vanished = seen.filter(([instanceId]) => !present.has(instanceId))
    const taken = new Set<number>()
    const found: Record<string, string> = {}
    instanceIds.forEach((instanceId, i) => {
      if (instanceId === null || known.has(instanceId) || aliases[instanceId] !== undefined) return
      const match = vanished.findIndex(([, , print], j) => !taken.has(j) && print === prints[i])
      const editorId = vanished[match]?.[1]
      if (editorId === undefined) return
      taken.add(match)
      found[instanceId] = editorId
    })
    return found
  }

  /** Before a write: the editor ids in order and what the stack will hold. */
  beforeWrite(stackId: string, editorIds: readonly string[], blocks: Fingerprint[]): void {
    const book = this.load(stackId)
    this.save(stackId, { ...book, pending: { editorIds: [...editorIds], blocks } })
  }

  /** After a write Kragle answered with the instance ids, in the order written. */
  afterWrite(stackId: string, editorIds: readonly string[], instanceIds: readonly string[]): void {
    const book = this.load(stackId)
    this.save(stackId, {
      ...book,
      aliases: { ...book.aliases, ...pairs(instanceIds, editorIds) },
      pending: null,
    })
  }
}

/** instance id → editor id for each position. */
const pairs = (instanceIds: readonly string[], editorIds: readonly string[]) =>
  Object.fromEntries(
    instanceIds.flatMap((instanceId, i) => {
      const editorId = editorIds[i]
      return editorId === undefined ? [] : [[instanceId, editorId]]
    }),
  )
