// The editor names a new block before the backend does (and, on Omerlo, an entry moved to another
// block gets a new id there). The map remembers which backend id each editor id became, so the
// editor keeps addressing a block by the id it knows. It is durable: the outbox that restores
// unsaved edits after a reload is, and a restored edit names the block by its editor id, so the
// map must survive the reload too (and be shared by the tabs of one browser). One map per backend,
// since the backends' ids are unique within a tenant.

/** Where the pairs live: the browser's localStorage, or memory where there is none (tests). */
export interface IdStore {
  /** [editor id, backend id] pairs, oldest first. */
  read(): [string, string][]
  write(pairs: readonly [string, string][]): void
}

export const memoryIdStore = (): IdStore => {
  let saved: [string, string][] = []
  return {
    read: () => saved.map(([a, b]) => [a, b]),
    write: (pairs) => {
      saved = pairs.map(([a, b]) => [a, b])
    },
  }
}

const isPair = (value: unknown): value is [string, string] =>
  Array.isArray(value) &&
  value.length === 2 &&
  typeof value[0] === 'string' &&
  typeof value[1] === 'string'

/**
 * localStorage under `key` when the browser has it; memory otherwise. A store that cannot be read
 * or written (private mode, quota) degrades to memory: ids then last as long as the tab, as before.
 */
export const browserIdStore = (key: string): IdStore => {
  const storage = (globalThis as { localStorage?: Storage }).localStorage
  if (!storage) return memoryIdStore()
  const fallback = memoryIdStore()
  return {
    read() {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]')
        return Array.isArray(parsed) ? parsed.filter(isPair) : []
      } catch {
        return fallback.read()
      }
    },
    write(pairs) {
      fallback.write(pairs)
      try {
        storage.setItem(key, JSON.stringify(pairs))
      } catch {
        // Quota or privacy settings: the memory copy still serves this tab.
      }
    },
  }
}

/**
 * Pairs kept per backend. An alias matters while an edit that names the editor id may still be
 * restored (an outbox row, an open tab); far more than any one session creates.
 */
export const ID_MAP_CAPACITY = 2000

export class IdMap {
  private toServer = new Map<string, string>()
  private toClient = new Map<string, string>()

  constructor(
    private readonly store: IdStore = memoryIdStore(),
    private readonly capacity = ID_MAP_CAPACITY,
  ) {
    this.refresh()
  }

  /** Reads the store again: another tab, or the session before a reload, may have added pairs. */
  refresh(): void {
    const mine = [...this.toServer]
    this.toServer = new Map()
    this.toClient = new Map()
    // What the store says wins; pairs only this tab holds (a write that failed) fill the gaps.
    for (const [client, server] of [...mine, ...this.store.read()]) this.set(client, server)
  }

  alias(clientId: string, serverId: string): void {
    if (this.toServer.get(clientId) === serverId) return
    const pairs = this.store.read().filter(([c, s]) => c !== clientId && s !== serverId)
    pairs.push([clientId, serverId])
    this.store.write(pairs.slice(-this.capacity))
    this.set(clientId, serverId)
  }

  server(clientId: string): string {
    return this.toServer.get(clientId) ?? clientId
  }

  client(serverId: string): string {
    return this.toClient.get(serverId) ?? serverId
  }

  hasServer(clientId: string): boolean {
    return this.toServer.has(clientId)
  }

  private set(clientId: string, serverId: string): void {
    const previous = this.toServer.get(clientId)
    if (previous !== undefined) this.toClient.delete(previous)
    const owner = this.toClient.get(serverId)
    if (owner !== undefined) this.toServer.delete(owner)
    this.toServer.set(clientId, serverId)
    this.toClient.set(serverId, clientId)
  }
}
