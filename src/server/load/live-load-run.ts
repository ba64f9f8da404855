// A live load run against running servers: N tabs hold a stream on one record (spread over the
// servers), each moves its selection about once a second and says "saved" every few seconds.
// Every other tab must see each save; the latency of a presence move or a save is the time from
// just before its POST to its arrival at each other tab. Used by bench/live-load.ts (50 tabs,
// `LOAD_MODE=live npm run bench:load`) and live-load.test.ts (a few tabs, a few seconds).
import { openSse, type ReceivedEvent, type SseClient } from '../live/sse-client'

export interface LiveLoadOptions {
  /** Tab i talks to origins[i % origins.length]. */
  origins: readonly string[]
  clients: number
  durationMs: number
  /** The record every tab is on (a key whose first element is the servers' backend). */
  record: string
  /** Mean time between two selection moves of one tab (jittered ±20 %). */
  moveEveryMs?: number
  /** Mean time between two saves of one tab (jittered ±20 %). */
  saveEveryMs?: number
  /** Called when every tab is on the record and the clock starts. */
  onStart?: () => void
}

export interface Latencies {
  samples: number
  p50: number
  p95: number
  max: number
}

export interface LiveLoadReport {
  clients: number
  servers: number
  durationMs: number
  presence: Latencies & { moves: number }
  saved: Latencies & { saves: number; expected: number; delivered: number }
  /** How long the POSTs took (answer received), for telling a slow request from a slow fan-out. */
  post: Latencies
  /** POSTs answered other than 204, by status. */
  refused: Record<string, number>
}

const round = (value: number): number => Math.round(value * 10) / 10

const summarize = (values: number[]): Latencies => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p: number): number =>
    sorted.length === 0
      ? 0
      : (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0)
  return {
    samples: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted.at(-1) ?? 0),
  }
}

const jitter = (mean: number): number => mean * (0.8 + Math.random() * 0.4)

interface Person {
  tab: string
  blockId: string | null
}

export const runLiveLoad = async (options: LiveLoadOptions): Promise<LiveLoadReport> => {
  const { origins, clients, record } = options
  const moveEvery = options.moveEveryMs ?? 1000
  const saveEvery = options.saveEveryMs ?? 4000
  const tabs = Array.from({ length: clients }, (_, index) => `load-tab-${index}`)
  const tabSet = new Set(tabs)
  const originOf = (index: number): string => origins[index % origins.length] ?? ''
  /** Marker (a block id or a version) → performance.now() just before its POST. */
  const sentAt = new Map<string, number>()
  const presenceLatencies: number[] = []
  const savedLatencies: number[] = []
  const refused: Record<string, number> = {}
  const postLatencies: number[] = []
  let moves = 0
  let saves = 0
  let delivered = 0

  const streams: SseClient[] = []
  const lastBlock = tabs.map(() => new Map<string, string | null>())
  /** Tabs that have seen everyone on the record; then the clock starts. */
  let complete = 0
  let wake: (() => void) | null = null
  const changed = (): void => {
    wake?.()
    wake = null
  }
  const until = async (done: () => boolean, timeoutMs: number): Promise<boolean> => {
    const end = performance.now() + timeoutMs
    while (!done() && performance.now() < end) {
      await new Promise<void>((resolve) => {
        wake = resolve
        setTimeout(resolve, 100)
      })
    }
    return done()
  }

  const take = (index: number, full: { value: boolean }, event: ReceivedEvent): void => {
    const own = tabs[index]
    if (event.event === 'saved') {
      const { tab, version } = JSON.parse(event.data) as { tab: string; version: string }
      const started = sentAt.get(version)
      if (tab !== own && started !== undefined) {
        savedLatencies.push(event.at - started)
        delivered += 1
        changed()
      }
    } else if (event.event === 'presence') {
      const { people } = JSON.parse(event.data) as { people: Person[] }
      // Count only this run's tabs: a watching browser may be on the record too.
      if (!full.value && people.filter((person) => tabSet.has(person.tab)).length === clients) {
        full.value = true
        complete += 1
        changed()
      }
      const seen = lastBlock[index]
      for (const person of people) {
        if (person.tab === own || seen?.get(person.tab) === person.blockId) continue
        seen?.set(person.tab, person.blockId)
        const started = person.blockId === null ? undefined : sentAt.get(person.blockId)
        if (started !== undefined) presenceLatencies.push(event.at - started)
      }
    }
  }

  const post = async (origin: string, path: string, body: unknown): Promise<void> => {
    const begun = performance.now()
    const response = await fetch(`${origin}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify(body),
    })
    await response.body?.cancel()
    postLatencies.push(performance.now() - begun)
    if (response.status !== 204) refused[response.status] = (refused[response.status] ?? 0) + 1
  }

  try {
    for (const [index, tab] of tabs.entries()) {
      const query = new URLSearchParams({ record, tab, label: `load ${index}` })
      const full = { value: false }
      const stream = await openSse(
        `${originOf(index)}/api/live/stream?${query.toString()}`,
        {},
        { keep: false, onEvent: (event) => take(index, full, event) },
      )
      streams.push(stream)
    }
    if (!(await until(() => complete === clients, 30_000))) {
      throw new Error(`only ${complete} of ${clients} tabs saw everyone on the record`)
    }

    options.onStart?.()
    const started = performance.now()
    const deadline = started + options.durationMs
    const runTab = async (index: number): Promise<void> => {
      const origin = originOf(index)
      const tab = tabs[index] ?? ''
      let nextMove = started + Math.random() * moveEvery
      let nextSave = started + Math.random() * saveEvery
      for (let step = 0; ; step += 1) {
        const wake = Math.min(nextMove, nextSave)
        if (wake >= deadline) return
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, wake - performance.now())))
        if (nextMove <= nextSave) {
          const blockId = `b-${index}-${step}`
          sentAt.set(blockId, performance.now())
          moves += 1
          await post(origin, '/api/live/presence', { record, tab, blockId, typing: step % 2 === 0 })
          nextMove += jitter(moveEvery)
        } else {
          const version = `v-${index}-${step}`
          sentAt.set(version, performance.now())
          saves += 1
          await post(origin, '/api/live/saved', { record, tab, version })
          nextSave += jitter(saveEvery)
        }
      }
    }
    await Promise.all(tabs.map((_, index) => runTab(index)))
    const expected = saves * (clients - 1)
    // The last saves are still on their way: wait for them (or give up after 5 s).
    await until(() => delivered >= expected, 5000)
    return {
      clients,
      servers: origins.length,
      durationMs: Math.round(performance.now() - started),
      presence: { ...summarize(presenceLatencies), moves },
      saved: { ...summarize(savedLatencies), saves, expected, delivered },
      post: summarize(postLatencies),
      refused,
    }
  } finally {
    for (const stream of streams) stream.close()
  }
}
