// /api/comments and /api/approvals (issue 19). Behind the auth guard (mounted after it): anyone
// logged in (or the local admin) reads and comments; only admins give a verdict on a draft.
// Names come from the session, never from the body. Every write tells the live server, whose
// subscribers refetch; a failure to tell is logged and never undoes the write.
import type { Context, Hono } from 'hono'
import type { z } from 'zod'
import type { ServerConfig } from '../config'
import { jsonError } from '../http/errors'
import type { Db } from '../storage/db'
import { createCommentRepository, type Author } from './comment-repository'
import { noLivePublish as noPublish, type LivePublish } from '../live/publish'
import {
  approvalSchema,
  firstProblem,
  newThreadSchema,
  recordKeySchema,
  replySchema,
} from './schemas'

export interface CommentsOptions {
  db: Db
  config: ServerConfig
  publish?: LivePublish
  log?: (line: string) => void
}

const readJson = async (c: Context): Promise<unknown> => {
  try {
    return (await c.req.json()) as unknown
  } catch {
    return undefined
  }
}

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response }

const parse = <T>(c: Context, schema: z.ZodType<T>, input: unknown): Parsed<T> => {
  if (input === undefined) {
    return { ok: false, response: jsonError(c, 400, 'The body must be a JSON object.') }
  }
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, response: jsonError(c, 400, firstProblem(result.error, input)) }
}

const authorOf = (c: Context): Author | null => {
  const user = c.get('auth').user
  return user ? { id: user.id, name: user.name } : null
}

export const mountComments = (app: Hono, options: CommentsOptions): void => {
  const backend = options.config.backend
  const repo = createCommentRepository(options.db, backend)
  const publish = options.publish ?? noPublish
  const log = options.log ?? ((line: string) => console.log(line))
  const recordKey = recordKeySchema(backend)
  const newThread = newThreadSchema(backend)
  const approval = approvalSchema(backend)

  const tell = async (event: Parameters<LivePublish>[0]): Promise<void> => {
    try {
      await publish(event)
    } catch (error) {
      log(`comments: could not publish ${event.kind}: ${(error as Error).message}`)
    }
  }
  const signedOut = (c: Context) => jsonError(c, 401, 'Log in first: this request needs a session.')

  app.get('/api/comments', async (c) => {
    const record = parse(c, recordKey, c.req.query('record') ?? '')
    if (!record.ok) return record.response
    return c.json({ threads: await repo.threads(record.value) })
  })

  app.post('/api/comments', async (c) => {
    const author = authorOf(c)
    if (!author) return signedOut(c)
    const body = parse(c, newThread, await readJson(c))
    if (!body.ok) return body.response
    const { record, blockId, blockLabel } = body.value
    const thread = await repo.startThread({
      recordKey: record,
      blockId,
      blockLabel,
      author,
      body: body.value.body,
    })
    await tell({ kind: 'comments', record, data: { record, blockId } })
    return c.json({ thread }, 201)
  })

  app.post('/api/comments/:threadId/replies', async (c) => {
    const author = authorOf(c)
    if (!author) return signedOut(c)
    const body = parse(c, replySchema, await readJson(c))
    if (!body.ok) return body.response
    const found = await repo.reply(c.req.param('threadId'), author, body.value.body)
    if (!found) return jsonError(c, 404, 'No such comment thread on this server.')
    const { recordKey: record, thread } = found
    await tell({ kind: 'comments', record, data: { record, blockId: thread.blockId } })
    return c.json({ thread }, 201)
  })

  for (const action of ['resolve', 'reopen'] as const) {
    app.post(`/api/comments/:threadId/${action}`, async (c) => {
      const author = authorOf(c)
      if (!author) return signedOut(c)
      const found = await repo.setResolved(
        c.req.param('threadId'),
        action === 'resolve' ? author : null,
      )
      if (!found) return jsonError(c, 404, 'No such comment thread on this server.')
      const { recordKey: record, thread } = found
      await tell({ kind: 'comments', record, data: { record, blockId: thread.blockId } })
      return c.json({ thread })
    })
  }

  app.get('/api/approvals', async (c) => {
    const record = parse(c, recordKey, c.req.query('record') ?? '')
    if (!record.ok) return record.response
    return c.json({ approvals: await repo.approvals(record.value) })
  })

  app.post('/api/approvals', async (c) => {
    const user = c.get('auth').user
    if (!user) return signedOut(c)
    if (user.role !== 'admin') {
      return jsonError(
        c,
        403,
        `Only an admin can approve a draft or request changes; your role is ${user.role}.`,
      )
    }
    const body = parse(c, approval, await readJson(c))
    if (!body.ok) return body.response
    const { record, verdict, version, documentHash } = body.value
    const note = body.value.note?.trim() ? body.value.note.trim() : null
    const saved = await repo.addApproval({
      recordKey: record,
      author: { id: user.id, name: user.name },
      verdict,
      version,
      documentHash,
      note,
    })
    await tell({ kind: 'approvals', record, data: { record } })
    return c.json({ approval: saved }, 201)
  })
}
