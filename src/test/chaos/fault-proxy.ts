// A fault-injecting HTTP proxy for chaos tests: it sits between the app's server (whose
// BACKEND_URL points here) and a reference backend, and for each request draws a fault from a
// seeded PRNG (see faults.ts). Control endpoints under /__chaos/ switch faults on and off, reseed
// and report what was injected, so a browser test in another process can steer it.
import { request as httpRequest, createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  AFTER_FORWARD,
  DEFAULT_RATES,
  FAULTS,
  chooseFault,
  ratesFrom,
  type Fault,
  type FaultRates,
} from './faults'
import { intBetween, mulberry32, type Random } from './prng'

export interface FaultProxyOptions {
  /** Where requests go, with a path prefix, e.g. http://127.0.0.1:5190/ref/basker. */
  target: string
  seed: number
  rates?: FaultRates
  enabled?: boolean
  /** Range of a `delay` fault in ms. */
  delayMs?: { min: number; max: number }
  retryAfterSeconds?: number
  /**
   * Methods whose answers are never lost or corrupted after the backend acted (the faults in
   * AFTER_FORWARD become 'none' for them): for a known gap a run should not trip over each time.
   */
  spare?: string[]
  port?: number
  host?: string
}

export interface FaultRecord {
  n: number
  method: string
  /** Path only, never the query (a query could hold anything). */
  path: string
  fault: Fault
  /** The backend's status when the request was forwarded. */
  upstreamStatus?: number
}

export interface FaultStats {
  enabled: boolean
  seed: number
  spare: string[]
  requests: number
  byFault: Record<Fault, number>
  /** Faulted requests by method, e.g. {GET: 12, PATCH: 7}. */
  faultedByMethod: Record<string, number>
  recent: FaultRecord[]
}

export interface FaultChange {
  enabled?: boolean
  /** Restarts the sequence (and the counters) from this seed. */
  seed?: number
  rates?: unknown
  spare?: string[]
}

export interface FaultProxy {
  url: string
  server: Server
  stats(): FaultStats
  configure(change: FaultChange): void
  close(): Promise<void>
}

const RECENT = 200

const emptyCounts = (): Record<Fault, number> =>
  Object.fromEntries(['none', ...FAULTS].map((fault) => [fault, 0])) as Record<Fault, number>

const readBody = (message: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    message.on('data', (chunk: Buffer) => chunks.push(chunk))
    message.on('end', () => resolve(Buffer.concat(chunks)))
    message.on('error', reject)
  })

interface Upstream {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
}

const HOP_BY_HOP = new Set([
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
])

const forward = (target: string, incoming: IncomingMessage, body: Buffer): Promise<Upstream> =>
  new Promise((resolve, reject) => {
    const url = new URL(`${target}${incoming.url ?? '/'}`)
    const headers: Record<string, string | string[]> = {}
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value
    }
    if (body.length > 0) headers['content-length'] = String(body.length)
    const outgoing = httpRequest(url, { method: incoming.method ?? 'GET', headers }, (answer) => {
      readBody(answer).then((bytes) => {
        const passed: Record<string, string | string[]> = {}
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) passed[name] = value
        }
        resolve({ status: answer.statusCode ?? 502, headers: passed, body: bytes })
      }, reject)
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })

const json = (status: number, body: unknown, extra: Record<string, string> = {}) => ({
  status,
  headers: { 'content-type': 'application/json', ...extra },
  body: Buffer.from(JSON.stringify(body)),
})

export const startFaultProxy = async (options: FaultProxyOptions): Promise<FaultProxy> => {
  let enabled = options.enabled ?? true
  let seed = options.seed
  let rates = options.rates ?? DEFAULT_RATES
  let spare = new Set((options.spare ?? []).map((method) => method.toUpperCase()))
  let random: Random = mulberry32(seed)
  let requests = 0
  let byFault = emptyCounts()
  let faultedByMethod: Record<string, number> = {}
  let recent: FaultRecord[] = []
  const delay = options.delayMs ?? { min: 100, max: 1500 }
  const retryAfter = options.retryAfterSeconds ?? 1

  const stats = (): FaultStats => ({
    enabled,
    seed,
    spare: [...spare],
    requests,
    byFault: { ...byFault },
    faultedByMethod: { ...faultedByMethod },
    recent: [...recent],
  })

  const configure: FaultProxy['configure'] = (change) => {
    if (change.rates !== undefined) rates = ratesFrom(change.rates, rates)
    if (change.enabled !== undefined) enabled = change.enabled
    if (change.spare !== undefined) spare = new Set(change.spare.map((m) => m.toUpperCase()))
    if (change.seed !== undefined) {
      seed = change.seed
      random = mulberry32(seed)
      requests = 0
      byFault = emptyCounts()
      faultedByMethod = {}
      recent = []
    }
  }

  const control = async (incoming: IncomingMessage) => {
    const path = (incoming.url ?? '').split('?')[0]
    if (path === '/__chaos/stats' && incoming.method === 'GET') return json(200, stats())
    if (path === '/__chaos/configure' && incoming.method === 'POST') {
      try {
        const change = JSON.parse(
          (await readBody(incoming)).toString('utf8') || '{}',
        ) as FaultChange
        configure(change)
        return json(200, stats())
      } catch (error) {
        return json(400, { error: 'Bad Request', message: (error as Error).message })
      }
    }
    return json(404, { error: 'Not Found', message: `No chaos route ${path}` })
  }

  const server = createServer((incoming, outgoing) => {
    void (async () => {
      if ((incoming.url ?? '').startsWith('/__chaos/')) {
        const answer = await control(incoming)
        outgoing.writeHead(answer.status, answer.headers).end(answer.body)
        return
      }
      requests += 1
      // Both draws happen for every request, so the sequence depends on the seed alone.
      const drawn = chooseFault(random, rates)
      const wait = intBetween(random, delay.min, delay.max)
      const method = incoming.method ?? 'GET'
      const spared = spare.has(method) && AFTER_FORWARD.has(drawn)
      const fault: Fault = enabled && !spared ? drawn : 'none'
      const record: FaultRecord = {
        n: requests,
        method,
        path: (incoming.url ?? '').split('?')[0] ?? '',
        fault,
      }
      byFault[fault] += 1
      if (fault !== 'none') faultedByMethod[method] = (faultedByMethod[method] ?? 0) + 1
      recent = [...recent.slice(-(RECENT - 1)), record]

      const body = await readBody(incoming)
      const socket = incoming.socket
      switch (fault) {
        case 'drop':
          socket.destroy()
          return
        case 'reset':
          socket.resetAndDestroy()
          return
        case 'status500':
          outgoing
            .writeHead(500, { 'content-type': 'application/json' })
            .end(JSON.stringify({ error: 'Internal Server Error', message: 'Injected fault.' }))
          return
        case 'status429':
          outgoing
            .writeHead(429, {
              'content-type': 'application/json',
              'retry-after': String(retryAfter),
            })
            .end(JSON.stringify({ error: 'Too Many Requests', message: 'Injected fault.' }))
          return
        case 'delay':
          await new Promise((resolve) => setTimeout(resolve, wait))
          break
        default:
          break
      }

      let upstream: Upstream
      try {
        upstream = await forward(options.target, incoming, body)
      } catch {
        outgoing
          .writeHead(502, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: 'Bad Gateway', message: 'The backend is unreachable.' }))
        return
      }
      record.upstreamStatus = upstream.status
      if (!AFTER_FORWARD.has(fault)) {
        outgoing.writeHead(upstream.status, upstream.headers).end(upstream.body)
        return
      }
      if (fault === 'lostResponse') {
        socket.destroy()
        return
      }
      const corrupted =
        fault === 'truncate'
          ? upstream.body.subarray(0, Math.floor(upstream.body.length / 2))
          : Buffer.concat([Buffer.from(")]}'\n<html>"), upstream.body])
      outgoing.writeHead(upstream.status, upstream.headers).end(corrupted)
    })().catch(() => {
      if (!outgoing.headersSent) outgoing.writeHead(500).end()
      else outgoing.destroy()
    })
  })

  await new Promise<void>((resolve) => {
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve())
  })
  const address = server.address() as AddressInfo
  return {
    url: `http://${address.address}:${address.port}`,
    server,
    stats,
    configure,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
