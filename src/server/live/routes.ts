// /api/live/*: the stream of a tab on a record, its selection, "I saved", and who is on a list
// of records. Behind the auth guard like every /api route (401 without a session, CSRF on the
// POSTs; any role may use them).
import type { Context, Hono } from 'hono'
import type { z } from 'zod'
import type { ServerConfig } from '../config'
import { jsonError } from '../http/errors'
import type { LiveHub } from './hub'
import {
  issueDetails,
  lastEventId,
  presenceBody,
  recordsQuery,
  savedBody,
  streamQuery,
} from './schemas'

const readJson = async (c: Context): Promise<unknown> => {
  try {
    return (await c.req.json()) as unknown
  } catch {
    return undefined
  }
}

const invalid = (c: Context, error: z.ZodError): Response =>
  jsonError(c, 400, error.issues.map((issue) => issue.message).join('; '), issueDetails(error))

/** How the tab is shown: the user's name; the local admin's tabs by the label each gives. */
const displayName = (c: Context, label: string | undefined): string => {
  const auth = c.get('auth')
  const name = auth.user?.name ?? ''
  return auth.mode === 'local' && label ? `${name} (${label})` : name
}

export const mountLive = (app: Hono, { hub, config }: { hub: LiveHub; config: ServerConfig }) => {
  const stream = streamQuery(config.backend)
  const presence = presenceBody(config.backend)
  const saved = savedBody(config.backend)
  const records = recordsQuery(config.backend)

  app.get('/api/live/stream', async (c) => {
    const query = stream.safeParse(c.req.query())
    if (!query.success) return invalid(c, query.error)
    const header = c.req.header('last-event-id')
    const fromHeader = header === undefined ? undefined : lastEventId.safeParse(header.trim())
    if (fromHeader && !fromHeader.success) return invalid(c, fromHeader.error)
    const seen = [query.data.since, fromHeader?.data].filter((id) => id !== undefined)
    const user = c.get('auth').user
    if (!user) return jsonError(c, 401, 'Log in first: this request needs a session.')
    const channel = await hub.open({
      record: query.data.record,
      tab: query.data.tab,
      userId: user.id,
      name: displayName(c, query.data.label),
      since: seen.length === 0 ? null : Math.max(...seen),
    })
    return new Response(channel.body, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        // no-transform: a proxy must neither compress nor hold the events back.
        'Cache-Control': 'no-cache, no-transform',
        'X-Accel-Buffering': 'no',
        // The socket goes when the stream ends (a server stopping ends its streams and must
        // not then wait for clients to drop the kept-alive connections).
        Connection: 'close',
      },
    })
  })

  app.post('/api/live/presence', async (c) => {
    const body = presence.safeParse(await readJson(c))
    if (!body.success) return invalid(c, body.error)
    const user = c.get('auth').user
    if (!user) return jsonError(c, 401, 'Log in first: this request needs a session.')
    const { record, tab, blockId, typing } = body.data
    if (!(await hub.select(record, tab, user.id, blockId, typing))) {
      return jsonError(c, 404, 'This tab has no open live stream on that record.')
    }
    return c.body(null, 204)
  })

  app.post('/api/live/saved', async (c) => {
    const body = saved.safeParse(await readJson(c))
    if (!body.success) return invalid(c, body.error)
    const { record, tab, version } = body.data
    await hub.publish({
      kind: 'saved',
      record,
      data: { tab, version, at: new Date().toISOString() },
    })
    return c.body(null, 204)
  })

  app.get('/api/live/presence', async (c) => {
    const query = records.safeParse({ records: c.req.queries('records') ?? [] })
    if (!query.success) return invalid(c, query.error)
    return c.json({ records: await hub.onRecords([...new Set(query.data.records)]) })
  })
}
