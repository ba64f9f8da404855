// The bus between servers on one PostgreSQL: NOTIFY through the pool, LISTEN on a dedicated
// client that reconnects (with backoff) when its connection drops, then asks the hub to catch up
// on what it may have missed. The channel is named after the schema, so servers (and parallel
// test runs) in other schemas of the same database never hear each other.
import { createHash } from 'node:crypto'
import pg from 'pg'
import type { Queryable } from '../storage/db'
import { decodeMessage, encodeMessage, type Bus, type BusMessage } from './bus'

const FIRST_RETRY_MS = 250
const LAST_RETRY_MS = 5_000
/** PostgreSQL truncates identifiers to 63 bytes; pg_notify refuses longer channel names. */
const MAX_CHANNEL_BYTES = 63

export const channelFor = (schema: string): string => {
  const name = `live_${schema}`
  if (Buffer.byteLength(name) <= MAX_CHANNEL_BYTES) return name
  return `live_${createHash('sha256').update(schema).digest('hex').slice(0, 40)}`
}

/** The LISTEN connection's application_name (at most 63 bytes, like any name). */
export const listenerName = (channel: string): string => `editor ${channel}`.slice(0, 63)

const quoted = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`

export const createPgBus = (options: {
  connectionString: string
  db: Queryable
  log: (line: string) => void
}): Bus => {
  let channel = ''
  let client: pg.Client | null = null
  let closed = false
  let retryMs = FIRST_RETRY_MS
  let retryTimer: NodeJS.Timeout | null = null

  const listen = async (handlers: {
    message(message: BusMessage): void
    resync(): void
  }): Promise<void> => {
    const next = new pg.Client({
      connectionString: options.connectionString,
      application_name: 'editor-live-listen',
    })
    // Without a listener a dropped connection would throw out of the process.
    next.on('error', (error) => {
      options.log(`live: LISTEN connection error: ${error.message}`)
    })
    await next.connect()
    try {
      const schema = await next.query<{ schema: string }>('SELECT current_schema() AS schema')
      channel = channelFor(schema.rows[0]?.schema ?? 'public')
      // Named after the channel, so an operator (or a test) can find this schema's listeners.
      await next.query(`SELECT set_config('application_name', $1, false)`, [listenerName(channel)])
      next.on('notification', (notification) => {
        if (notification.channel !== channel || notification.payload === undefined) return
        const message = decodeMessage(notification.payload)
        if (message) handlers.message(message)
      })
      await next.query(`LISTEN ${quoted(channel)}`)
    } catch (error) {
      await next.end().catch(() => undefined)
      throw error
    }
    next.on('end', () => {
      if (client !== next || closed) return
      client = null
      options.log('live: LISTEN connection lost; reconnecting')
      schedule(handlers)
    })
    if (closed) {
      await next.end().catch(() => undefined)
      return
    }
    client = next
    retryMs = FIRST_RETRY_MS
  }

  const schedule = (handlers: { message(message: BusMessage): void; resync(): void }): void => {
    retryTimer = setTimeout(() => {
      retryTimer = null
      listen(handlers).then(
        () => handlers.resync(),
        (error: unknown) => {
          if (closed) return
          options.log(`live: LISTEN reconnect failed: ${String(error)}`)
          retryMs = Math.min(retryMs * 2, LAST_RETRY_MS)
          schedule(handlers)
        },
      )
    }, retryMs)
  }

  return {
    notify: async (message) => {
      await options.db.query('SELECT pg_notify($1, $2)', [channel, encodeMessage(message)])
    },
    start: (handlers) => listen(handlers),
    close: async () => {
      closed = true
      if (retryTimer) clearTimeout(retryTimer)
      const current = client
      client = null
      await current?.end().catch(() => undefined)
    },
  }
}
