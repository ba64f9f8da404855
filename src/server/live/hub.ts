// The live hub of one server: the streams it holds (by record), presence rows kept fresh, and
// events stored, then fanned out through the bus to every server's streams on that record.
// Presence changes travel as "presence changed on R"; each server holding streams on R re-reads
// the rows and pushes the full list, at most once per PRESENCE_COALESCE_MS per record.
import { randomUUID } from 'node:crypto'
import type { Db } from '../storage/db'
import type { Bus, BusMessage } from './bus'
import { createCoalescer } from './coalesce'
import { createEventStore, type StoredEvent } from './event-store'
import { createPresenceStore } from './presence-store'
import type { LivePublish } from './publish'
import { createSseChannel, encodeMessage, type SseChannel } from './sse'
import { createSubscriber, type Subscriber } from './subscriber'

export const PRESENCE_COALESCE_MS = 100
export const HEARTBEAT_MS = 5_000
export const PING_MS = 15_000
const PRUNE_MS = 60_000
/** Published events kept in memory until their own notification comes back (no re-read). */
const OWN_EVENTS_KEPT = 256

export interface StreamRequest {
  record: string
  tab: string
  userId: string
  name: string
  /** The last event id the tab saw (Last-Event-ID or since=); null → nothing to replay. */
  since: number | null
}

export interface PersonOnRecord {
  userId: string
  name: string
  tab: string
}

export interface LiveHub {
  readonly serverId: string
  publish: LivePublish
  /** Opens a tab's stream: joins the presence, replays, then follows the record. */
  open(request: StreamRequest): Promise<SseChannel>
  /** Moves a tab's selection; false when the tab has no open stream (of this user) anywhere. */
  select(
    record: string,
    tab: string,
    userId: string,
    blockId: string | null,
    typing: boolean,
  ): Promise<boolean>
  onRecords(records: readonly string[]): Promise<Record<string, PersonOnRecord[]>>
  /** Ends every stream (before the HTTP server closes, which waits for open answers). */
  endStreams(): void
  close(): Promise<void>
}

export interface HubTiming {
  heartbeatMs: number
  pingMs: number
  pruneMs: number
}

export const createLiveHub = async (options: {
  db: Db
  bus: Bus
  log: (line: string) => void
  /** Shorter intervals for the hub's own tests. */
  timing?: Partial<HubTiming>
}): Promise<LiveHub> => {
  const { db, bus, log } = options
  const timing = {
    heartbeatMs: HEARTBEAT_MS,
    pingMs: PING_MS,
    pruneMs: PRUNE_MS,
    ...options.timing,
  }
  const serverId = randomUUID()
  const presence = createPresenceStore(db, serverId)
  const events = createEventStore(db)
  const streams = new Map<string, Set<Subscriber>>()
  const ownEvents = new Map<number, StoredEvent>()
  const pending = new Set<Promise<unknown>>()
  let highestSeen = await events.lastId()
  let stopping = false

  const fail = (what: string) => (error: unknown) => {
    log(`live: ${what}: ${error instanceof Error ? error.message : String(error)}`)
  }
  /** Background work the hub waits for when it closes (so nothing runs on a closed database). */
  const track = (work: Promise<unknown>, what: string): void => {
    const guarded = work.catch(fail(what))
    pending.add(guarded)
    void guarded.finally(() => pending.delete(guarded))
  }

  const pushPresence = createCoalescer(
    PRESENCE_COALESCE_MS,
    async (record) => {
      const local = streams.get(record)
      if (!local || local.size === 0) return
      const people = await presence.people(record)
      const bytes = encodeMessage({ event: 'presence', data: JSON.stringify({ record, people }) })
      for (const subscriber of local) subscriber.presence(bytes)
    },
    fail('presence push'),
  )

  const presenceChanged = (record: string): void => {
    if (!stopping) track(bus.notify({ type: 'presence', record }), 'presence notify')
  }

  const fanOut = (event: StoredEvent): void => {
    for (const subscriber of streams.get(event.record) ?? []) subscriber.event(event)
  }

  const onMessage = (message: BusMessage): void => {
    if (message.type === 'presence') {
      if (streams.has(message.record)) pushPresence.poke(message.record)
      return
    }
    highestSeen = Math.max(highestSeen, message.id)
    const own = ownEvents.get(message.id)
    ownEvents.delete(message.id)
    if (!streams.has(message.record)) return
    if (own) return fanOut(own)
    track(
      events.byId(message.id).then((event) => event && fanOut(event)),
      'event read',
    )
  }

  /** After a lost LISTEN connection: what this server's streams missed, and fresh presence. */
  const resync = (): void => {
    const records = [...streams.keys()]
    if (records.length === 0) return
    const from = highestSeen
    track(
      events.afterOnRecords(records, from).then((missed) => {
        for (const event of missed) {
          highestSeen = Math.max(highestSeen, event.id)
          fanOut(event)
        }
        for (const record of records) pushPresence.poke(record)
      }),
      'resync',
    )
  }

  await bus.start({ message: onMessage, resync })

  const heartbeat = setInterval(() => {
    track(
      (async () => {
        const alive = await presence.beat()
        for (const local of streams.values()) {
          for (const subscriber of local) {
            // A stream still joining has no row yet: it is not lost.
            if (!subscriber.joined || alive.has(subscriber.streamId)) continue
            if (await presence.restore(subscriber.row)) presenceChanged(subscriber.row.record)
          }
        }
        for (const record of await presence.expire()) presenceChanged(record)
      })(),
      'heartbeat',
    )
  }, timing.heartbeatMs)
  const pings = setInterval(() => {
    for (const local of streams.values()) for (const subscriber of local) subscriber.ping()
  }, timing.pingMs)
  const prune = setInterval(() => track(events.prune(), 'prune'), timing.pruneMs)
  // The timers alone never keep a process alive (a CLI that made a server exits when done).
  for (const timer of [heartbeat, pings, prune]) timer.unref()

  const leave = (subscriber: Subscriber): void => {
    const { record, tab } = subscriber.row
    const local = streams.get(record)
    local?.delete(subscriber)
    if (local?.size === 0) streams.delete(record)
    if (stopping) return
    track(
      presence.leave(record, tab, subscriber.streamId).then((left) => {
        if (left) presenceChanged(record)
      }),
      'leave',
    )
  }

  const open = async (request: StreamRequest): Promise<SseChannel> => {
    if (stopping) throw new Error('The live hub is closed.')
    const streamId = randomUUID()
    const row = {
      record: request.record,
      tab: request.tab,
      streamId,
      userId: request.userId,
      name: request.name,
    }
    let subscriber: Subscriber | null = null
    const channel = createSseChannel(() => {
      if (subscriber) leave(subscriber)
    })
    subscriber = createSubscriber(row, channel, request.since !== null)
    const local = streams.get(request.record) ?? new Set<Subscriber>()
    streams.set(request.record, local)
    local.add(subscriber)
    try {
      await presence.join(row)
      subscriber.joined = true
      presenceChanged(request.record)
      if (request.since !== null) {
        subscriber.replayed(await events.after(request.record, request.since))
      }
    } catch (error) {
      channel.close()
      throw error
    }
    return channel
  }

  const publish: LivePublish = async ({ kind, record, data }) => {
    const stored = await events.add(record, kind, JSON.stringify(data))
    ownEvents.set(stored.id, stored)
    if (ownEvents.size > OWN_EVENTS_KEPT) {
      const oldest = ownEvents.keys().next().value
      if (oldest !== undefined) ownEvents.delete(oldest)
    }
    await bus.notify({ type: 'event', id: stored.id, kind, record })
  }

  const endStreams = (): void => {
    for (const local of [...streams.values()]) {
      for (const subscriber of [...local]) subscriber.close()
    }
  }

  return {
    serverId,
    publish,
    open,
    select: async (record, tab, userId, blockId, typing) => {
      const moved = await presence.select(record, tab, userId, blockId, typing)
      if (moved) presenceChanged(record)
      return moved
    },
    onRecords: async (records) => {
      const answer: Record<string, PersonOnRecord[]> = {}
      for (const record of records) answer[record] = []
      for (const { record, ...person } of await presence.onRecords(records)) {
        answer[record]?.push(person)
      }
      return answer
    },
    endStreams,
    close: async () => {
      if (stopping) return
      stopping = true
      clearInterval(heartbeat)
      clearInterval(pings)
      clearInterval(prune)
      pushPresence.close()
      endStreams()
      await Promise.all([...pending])
      // Others see this server's tabs leave now, not 15 s from now.
      try {
        for (const record of await presence.leaveAll()) {
          await bus.notify({ type: 'presence', record })
        }
      } catch (error) {
        fail('leaving at close')(error)
      }
      await bus.close()
    },
  }
}
