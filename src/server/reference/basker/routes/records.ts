// Listing, reading, creating and updating records (not their blocks: see blocks.ts).
import { randomBytes } from 'node:crypto'
import type { Hono } from 'hono'
import type { FieldValues } from '../../../../core/types'
import { jsonError, type ErrorDetail } from '../../../http/errors'
import type { BaskerEnv } from '../env'
import { parseListQuery } from '../list-query'
import { presentDraft, presentRecord } from '../present'
import type { BaskerRepository, StoredRecord } from '../repository'
import { readJsonObject } from '../request-body'
import { nextTimestamp } from '../../../storage/timestamps'
import { localeOf } from '../locales'
import { collectionOf, conflict, recordNotFound } from './helpers'

/** Blocks and theme settings have their own endpoints; the record endpoints refuse them. */
const FORBIDDEN = ['blocks', 'theme', 'themeSettings']
const READ_ONLY = ['createdAt', 'updatedAt', 'ifUpdatedAt']
const SLUG = /^[a-z0-9][a-z0-9-]*$/

const slugify = (title: string): string =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'untitled'

/** Problems with a create/update body; keys not named here are stored as plain fields. */
const checkRecordBody = (body: Record<string, unknown>, creating: boolean): ErrorDetail[] => {
  const problems: ErrorDetail[] = []
  for (const key of FORBIDDEN) {
    if (key in body) {
      problems.push({
        path: key,
        message: `${key} cannot be set here; use the ${key === 'blocks' ? '…/blocks' : '…/theme-settings'} endpoint.`,
        code: 'forbidden-field',
      })
    }
  }
  for (const key of READ_ONLY) {
    if (key in body && !(key === 'ifUpdatedAt' && !creating)) {
      problems.push({ path: key, message: `${key} is read-only.`, code: 'read-only' })
    }
  }
  if (creating || 'title' in body) {
    if (typeof body.title !== 'string' || body.title.trim() === '') {
      problems.push({
        path: 'title',
        message: 'title must be a non-empty string.',
        code: 'required',
      })
    }
  }
  if ('slug' in body && (typeof body.slug !== 'string' || !SLUG.test(body.slug))) {
    problems.push({
      path: 'slug',
      message: 'slug must be lowercase letters, digits and dashes.',
      code: 'invalid',
    })
  }
  if (
    'id' in body &&
    (!creating || typeof body.id !== 'string' || !/^[\w-]{1,64}$/.test(body.id))
  ) {
    problems.push({
      path: 'id',
      message: creating ? 'id must be letters, digits, _ or -.' : 'id is read-only.',
      code: 'invalid',
    })
  }
  return problems
}

const plainFields = (body: Record<string, unknown>, base: FieldValues): FieldValues => {
  const fields: FieldValues = { ...base }
  for (const [key, value] of Object.entries(body)) {
    if (!['id', 'title', 'slug', 'ifUpdatedAt'].includes(key)) fields[key] = value
  }
  return fields
}

export const registerRecordRoutes = (app: Hono<BaskerEnv>, repo: BaskerRepository): void => {
  app.get('/:collection', async (c) => {
    const collection = collectionOf(c)
    if (typeof collection !== 'string') return collection
    const query = parseListQuery(c.req.query())
    if (!query.ok) return jsonError(c, 400, query.message)
    const { limit, page } = query.value
    const { docs, total } = await repo.list(c.get('tenant'), collection, query.value)
    const totalPages = Math.max(1, Math.ceil(total / limit))
    return c.json({
      docs,
      totalDocs: total,
      limit,
      totalPages,
      page,
      pagingCounter: (page - 1) * limit + 1,
      hasPrevPage: page > 1,
      hasNextPage: page < totalPages,
      prevPage: page > 1 ? page - 1 : null,
      nextPage: page < totalPages ? page + 1 : null,
    })
  })

  app.get('/:collection/:id', async (c) => {
    const collection = collectionOf(c)
    if (typeof collection !== 'string') return collection
    const id = c.req.param('id')
    const locale = localeOf(c)
    if (typeof locale !== 'string') return locale
    const tenant = c.get('tenant')
    const record = await repo.get(tenant, collection, id)
    if (!record) return recordNotFound(c, collection, id)
    if (c.req.query('draft') === 'true') {
      // The record's own theme settings come back on its read (create and update refuse
      // `themeSettings`, so it is a field of the record).
      return c.json({
        ...presentRecord(record, {
          updatedAt: record.updatedAt,
          blocks: await repo.draftBlocksIn(tenant, record, locale),
        }),
        themeSettings: await repo.themeValues(tenant, collection, id),
      })
    }
    if (record.publishedBlocks === null || record.publishedAt === null) {
      return jsonError(
        c,
        404,
        `${collection}/${id} has never been published; read its draft with ?draft=true.`,
      )
    }
    return c.json(
      presentRecord(record, { updatedAt: record.publishedAt, blocks: record.publishedBlocks }),
    )
  })

  app.post('/:collection', async (c) => {
    const collection = collectionOf(c)
    if (typeof collection !== 'string') return collection
    const body = await readJsonObject(c)
    if (!body.ok) return jsonError(c, 400, body.message)
    const problems = checkRecordBody(body.value, true)
    if (problems[0]) return jsonError(c, 422, problems[0].message, problems)
    const title = String(body.value.title).trim()
    const slug = typeof body.value.slug === 'string' ? body.value.slug : slugify(title)
    const id = typeof body.value.id === 'string' ? body.value.id : randomBytes(12).toString('hex')
    const tenant = c.get('tenant')
    const now = nextTimestamp(null)
    const record: StoredRecord = {
      collection,
      id,
      title,
      slug,
      fields: plainFields(body.value, {}),
      draftBlocks: [],
      publishedBlocks: null,
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
    }
    const outcome = await repo.transaction(async (tx) => {
      if (await repo.get(tenant, collection, id, tx)) return `id "${id}" is already taken.`
      if (await repo.slugTaken(tx, tenant, collection, slug))
        return `slug "${slug}" is already taken.`
      await repo.insert(tx, tenant, record)
      return null
    })
    if (outcome !== null) {
      return jsonError(c, 422, outcome, [
        { path: outcome.startsWith('id') ? 'id' : 'slug', message: outcome, code: 'unique' },
      ])
    }
    return c.json({ message: 'Created', doc: presentDraft(record) }, 201)
  })

  app.patch('/:collection/:id', async (c) => {
    const collection = collectionOf(c)
    if (typeof collection !== 'string') return collection
    const body = await readJsonObject(c)
    if (!body.ok) return jsonError(c, 400, body.message)
    const sent = body.value.ifUpdatedAt
    if (sent !== undefined && typeof sent !== 'string') {
      return jsonError(c, 400, 'ifUpdatedAt must be a string when given.')
    }
    const problems = checkRecordBody(body.value, false)
    if (problems[0]) return jsonError(c, 422, problems[0].message, problems)
    const tenant = c.get('tenant')
    const id = c.req.param('id')
    const outcome = await repo.transaction(async (tx) => {
      const record = await repo.get(tenant, collection, id, tx)
      if (!record) return { kind: 'missing' as const }
      if (sent !== undefined && sent !== record.updatedAt) {
        return { kind: 'conflict' as const, current: record.updatedAt, sent }
      }
      const title = typeof body.value.title === 'string' ? body.value.title.trim() : record.title
      const slug = typeof body.value.slug === 'string' ? body.value.slug : record.slug
      if (slug !== record.slug && (await repo.slugTaken(tx, tenant, collection, slug, id))) {
        return { kind: 'slug' as const, slug }
      }
      const fields = plainFields(body.value, record.fields)
      const updatedAt = await repo.writeMeta(tx, tenant, record, { title, slug, fields })
      if (updatedAt === null)
        return { kind: 'conflict' as const, current: record.updatedAt, sent: record.updatedAt }
      return { kind: 'ok' as const, record: { ...record, title, slug, fields, updatedAt } }
    })
    switch (outcome.kind) {
      case 'missing':
        return recordNotFound(c, collection, id)
      case 'conflict':
        return conflict(c, outcome.current, outcome.sent)
      case 'slug': {
        const message = `slug "${outcome.slug}" is already taken.`
        return jsonError(c, 422, message, [{ path: 'slug', message, code: 'unique' }])
      }
      case 'ok':
        return c.json({ message: 'Updated', doc: presentDraft(outcome.record) })
    }
  })
}
