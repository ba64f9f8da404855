// A bounded load run against a running server: N clients edit Basker pages through the server's
// /api/backend proxy, half of them on one shared page and the others each on a page of their own.
// Every client writes with ifUpdatedAt; a 409 means it lost a race, so it re-reads and retries
// the same operation. Each client records what the backend accepted, and the final drafts are
// checked against that record: an accepted insert that is missing, an accepted update whose value
// is not the last one accepted, or a block that appears twice is a lost (or doubled) update.
// Used by bench/load.ts (timed, 50 clients) and load.test.ts (a fixed number of operations).

const API = '/api/backend/partners/2026-02/demo'
const COLLECTION = 'pages'

export interface LoadOptions {
  /** The server's origin, e.g. http://127.0.0.1:5173. */
  origin: string
  /** Several servers on one database: client i talks to origins[i % n] (default: [origin]). */
  origins?: readonly string[]
  clients: number
  /** Each client stops after this many accepted operations… */
  opsPerClient?: number
  /** …or when this much time has passed (whichever comes first). */
  durationMs?: number
  /** A name unique to this run, so its pages never collide with an earlier run's. */
  runId: string
}

export interface LoadReport {
  clients: number
  /** How many servers the clients were spread over. */
  servers: number
  records: number
  durationMs: number
  requests: number
  acceptedOps: number
  /** Writes refused with 409 because another client wrote first. */
  lostRaces: number
  /** Answers that are neither a success nor a 409, by status (should be empty). */
  unexpected: Record<string, number>
  requestsPerSecond: number
  acceptedOpsPerSecond: number
  latencyMs: { p50: number; p99: number; max: number }
  /** Accepted operations missing from (or doubled in) the final state. */
  lostUpdates: number
  problems: string[]
}

interface Block {
  id: string
  type: string
  value: Record<string, unknown>
}

interface Draft {
  updatedAt: string
  blocks: Block[]
}

/** What one client saw the backend accept. */
interface ClientLog {
  record: string
  inserted: string[]
  /** Block id → the text of the last update the backend accepted for it. */
  lastText: Map<string, string>
}

class LoadClient {
  readonly latencies: number[] = []
  requests = 0
  lostRaces = 0
  readonly unexpected = new Map<string, number>()

  constructor(private readonly origin: string) {}

  private async call(method: string, path: string, body?: unknown): Promise<Response> {
    const started = performance.now()
    try {
      return await fetch(`${this.origin}${API}/${COLLECTION}${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    } finally {
      this.latencies.push(performance.now() - started)
      this.requests += 1
    }
  }

  private countUnexpected(label: string): void {
    this.unexpected.set(label, (this.unexpected.get(label) ?? 0) + 1)
  }

  async create(id: string): Promise<void> {
    const response = await this.call('POST', '', { id, title: `Load ${id}`, slug: id })
    if (response.status !== 201) throw new Error(`create ${id}: ${response.status}`)
    await response.body?.cancel()
  }

  async read(id: string): Promise<Draft> {
    // A few transient refusals are retried; a server that keeps failing ends the run.
    for (let attempt = 1; ; attempt += 1) {
      const response = await this.call('GET', `/${id}?draft=true`)
      if (response.status === 200) return (await response.json()) as Draft
      this.countUnexpected(`GET ${response.status}`)
      await response.body?.cancel()
      if ((response.status !== 429 && response.status < 500) || attempt >= 20) {
        throw new Error(`read ${id}: ${response.status}`)
      }
    }
  }

  /** Writes one operation until it is accepted; returns whether it was (false: out of time). */
  async write(record: string, operation: unknown, deadline: number): Promise<boolean> {
    let draft = await this.read(record)
    while (performance.now() < deadline) {
      const response = await this.call('PATCH', `/${record}/blocks`, {
        draft: true,
        ifUpdatedAt: draft.updatedAt,
        operations: [operation],
      })
      if (response.status === 200) {
        await response.body?.cancel()
        return true
      }
      await response.body?.cancel()
      if (response.status === 409) this.lostRaces += 1
      else this.countUnexpected(`PATCH ${response.status}`)
      if (response.status !== 409 && response.status !== 429 && response.status < 500) {
        throw new Error(`write to ${record}: ${response.status}`)
      }
      draft = await this.read(record)
    }
    return false
  }
}

/** Even steps insert a block, odd steps retitle the block the client inserted last. */
const operationFor = (client: number, step: number, log: ClientLog): unknown => {
  const last = log.inserted.at(-1)
  if (step % 2 === 1 && last !== undefined) {
    return { op: 'update', blockId: last, value: { text: `c${client} step ${step}` } }
  }
  const id = `load-c${client}-s${step}`
  return { op: 'append', block: { id, type: 'heading', value: { text: id, level: 'h2' } } }
}

const runClient = async (
  client: LoadClient,
  index: number,
  log: ClientLog,
  options: LoadOptions,
  deadline: number,
): Promise<number> => {
  const limit = options.opsPerClient ?? Number.POSITIVE_INFINITY
  let accepted = 0
  for (let step = 0; accepted < limit && performance.now() < deadline; step += 1) {
    const operation = operationFor(index, step, log) as {
      op: string
      blockId?: string
      block?: { id: string }
      value?: { text: string }
    }
    if (!(await client.write(log.record, operation, deadline))) break
    accepted += 1
    if (operation.op === 'append' && operation.block) log.inserted.push(operation.block.id)
    if (operation.op === 'update' && operation.blockId && operation.value) {
      log.lastText.set(operation.blockId, operation.value.text)
    }
  }
  return accepted
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0
    ? 0
    : (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0)

const round = (value: number): number => Math.round(value * 10) / 10

/** Compares the final drafts with what the clients saw accepted. */
const verify = (drafts: Map<string, Draft>, logs: ClientLog[]): string[] => {
  const problems: string[] = []
  for (const [record, draft] of drafts) {
    const seen = new Set<string>()
    for (const block of draft.blocks) {
      if (seen.has(block.id)) problems.push(`${record}: block ${block.id} appears twice`)
      seen.add(block.id)
    }
    const expected = logs.filter((log) => log.record === record)
    const inserted = expected.reduce((sum, log) => sum + log.inserted.length, 0)
    if (draft.blocks.length !== inserted) {
      problems.push(`${record}: ${draft.blocks.length} blocks, ${inserted} accepted inserts`)
    }
    for (const log of expected) {
      for (const id of log.inserted) {
        const block = draft.blocks.find((candidate) => candidate.id === id)
        if (!block) {
          problems.push(`${record}: accepted insert ${id} is missing`)
          continue
        }
        const text = log.lastText.get(id) ?? id
        if (block.value.text !== text) {
          problems.push(`${record}: ${id} holds "${String(block.value.text)}", accepted "${text}"`)
        }
      }
    }
  }
  return problems
}

export const runLoad = async (options: LoadOptions): Promise<LoadReport> => {
  const origins = options.origins?.length ? options.origins : [options.origin]
  const clients = Array.from(
    { length: options.clients },
    (_, index) => new LoadClient(origins[index % origins.length] ?? options.origin),
  )
  const shared = `load-${options.runId}-shared`
  const sharedCount = Math.ceil(options.clients / 2)
  const logs: ClientLog[] = clients.map((_, index) => ({
    record: index < sharedCount ? shared : `load-${options.runId}-own-${index}`,
    inserted: [],
    lastText: new Map(),
  }))
  const records = [...new Set(logs.map((log) => log.record))]
  const setup = new LoadClient(options.origin)
  for (const record of records) await setup.create(record)

  const started = performance.now()
  const deadline = started + (options.durationMs ?? 10 * 60_000)
  const accepted = await Promise.all(
    clients.map((client, index) => {
      const log = logs[index]
      if (!log) throw new Error(`no log for client ${index}`)
      return runClient(client, index, log, options, deadline)
    }),
  )
  const durationMs = performance.now() - started

  const drafts = new Map<string, Draft>()
  for (const record of records) drafts.set(record, await setup.read(record))
  const problems = verify(drafts, logs)

  const latencies = clients.flatMap((client) => client.latencies).sort((a, b) => a - b)
  const unexpected: Record<string, number> = {}
  for (const client of clients) {
    for (const [label, count] of client.unexpected)
      unexpected[label] = (unexpected[label] ?? 0) + count
  }
  const requests = clients.reduce((sum, client) => sum + client.requests, 0)
  const acceptedOps = accepted.reduce((sum, count) => sum + count, 0)
  const seconds = durationMs / 1000
  return {
    clients: options.clients,
    servers: origins.length,
    records: records.length,
    durationMs: Math.round(durationMs),
    requests,
    acceptedOps,
    lostRaces: clients.reduce((sum, client) => sum + client.lostRaces, 0),
    unexpected,
    requestsPerSecond: round(requests / seconds),
    acceptedOpsPerSecond: round(acceptedOps / seconds),
    latencyMs: {
      p50: round(percentile(latencies, 0.5)),
      p99: round(percentile(latencies, 0.99)),
      max: round(latencies.at(-1) ?? 0),
    },
    lostUpdates: problems.length,
    problems,
  }
}
