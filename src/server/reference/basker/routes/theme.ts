// Theme settings, site-wide and per record: a field model edited with {set, unset} under the same
// draft/ifUpdatedAt guard as blocks. As Basker documents: schemas and PATCHes, no read of values.
import type { Context, Hono } from 'hono'
import type { FieldSchema, FieldValues } from '../../../../core/types'
import { jsonError, type ErrorDetail } from '../../../http/errors'
import { SITE_SCOPE } from '../collections'
import type { BaskerEnv } from '../env'
import type { ThemeRepository } from '../theme-repository'
import { localeOf } from '../locales'
import type { BaskerRepository } from '../repository'
import { checkDraftGuard, isObject, readJsonObject, type Checked } from '../request-body'
import { checkValues } from '../value-check'
import { collectionOf, conflict, recordNotFound } from './helpers'

interface Change {
  set: FieldValues
  unset: string[]
}

const readChange = (body: Record<string, unknown>): Checked<Change> => {
  const set = body.set ?? {}
  const unset = body.unset ?? []
  if (!isObject(set))
    return { ok: false, message: 'set must be an object of setting keys to values.' }
  if (!Array.isArray(unset) || unset.some((key) => typeof key !== 'string')) {
    return { ok: false, message: 'unset must be a list of setting keys.' }
  }
  return { ok: true, value: { set, unset: unset as string[] } }
}

const knows = (fields: readonly FieldSchema[], key: string): boolean =>
  fields.some((f) => f.key === key || (f.type === 'richText' && `${f.key}_html` === key))

const problemsOf = (fields: readonly FieldSchema[], change: Change): ErrorDetail[] => {
  const problems: ErrorDetail[] = []
  for (const key of Object.keys(change.set)) {
    if (!knows(fields, key)) {
      problems.push({
        path: `set.${key}`,
        message: `set.${key}: "${key}" is not a theme setting.`,
        code: 'unknown-key',
      })
    }
  }
  change.unset.forEach((key, index) => {
    if (!knows(fields, key)) {
      problems.push({
        path: `unset[${index}]`,
        message: `unset[${index}]: "${key}" is not a theme setting.`,
        code: 'unknown-key',
      })
    } else if (key in change.set) {
      problems.push({
        path: `unset[${index}]`,
        message: `unset[${index}]: "${key}" is both set and unset.`,
        code: 'invalid',
      })
    }
  })
  if (problems.length > 0) return problems
  checkValues(fields, change.set, 'set', problems)
  return problems
}

const apply = (values: FieldValues, change: Change): FieldValues => {
  const next: FieldValues = { ...values, ...change.set }
  for (const key of change.unset) delete next[key]
  return next
}

/** Basker's documented answer: which keys were set and unset, and the document written. */
const answer = (
  c: Context<BaskerEnv>,
  change: Change,
  document: Record<string, unknown>,
): Response =>
  c.json({
    versionTarget: 'draft',
    set: Object.keys(change.set),
    unset: change.unset,
    document,
  })

interface Target {
  scope: string
  collection: string
  recordId: string
}

/** Reads, checks and validates a change; a Response when it is refused. */
const readCheckedChange = async (
  c: Context<BaskerEnv>,
  repo: ThemeRepository,
  scope: string,
): Promise<{ change: Change; ifUpdatedAt: string } | Response> => {
  const body = await readJsonObject(c)
  if (!body.ok) return jsonError(c, 400, body.message)
  const guard = checkDraftGuard(body.value)
  if (!guard.ok) return jsonError(c, 400, guard.message, guard.errors)
  const change = readChange(body.value)
  if (!change.ok) return jsonError(c, 400, change.message)
  const fields = await repo.themeSchema(c.get('tenant'), scope)
  const problems = problemsOf(fields, change.value)
  if (problems[0]) return jsonError(c, 422, problems[0].message, problems)
  return { change: change.value, ifUpdatedAt: guard.value }
}

/**
 * The site's settings. Basker documents no read of their values, so a client cannot hold their
 * exact updatedAt: the guard refuses (409) only when they changed after ifUpdatedAt, which is
 * what "the record changed since ifUpdatedAt" says.
 */
const patchSite = async (c: Context<BaskerEnv>, repo: ThemeRepository): Promise<Response> => {
  const checked = await readCheckedChange(c, repo, SITE_SCOPE)
  if (checked instanceof Response) return checked
  const { change, ifUpdatedAt } = checked
  const tenant = c.get('tenant')
  const outcome = await repo.transaction(async (tx) => {
    const current = (await repo.themeSettings(tenant, '', '', tx)) ?? null
    if (current === null) return { kind: 'conflict' as const, current: 'none' }
    if (Date.parse(current.updatedAt) > Date.parse(ifUpdatedAt)) {
      return { kind: 'conflict' as const, current: current.updatedAt }
    }
    const values = apply(current.values, change)
    const updatedAt = await repo.writeThemeSettings(tx, tenant, '', '', current.updatedAt, values)
    if (updatedAt === null) return { kind: 'conflict' as const, current: 'changed concurrently' }
    return { kind: 'ok' as const }
  })
  if (outcome.kind === 'conflict') return conflict(c, outcome.current, ifUpdatedAt)
  return answer(c, change, {})
}

/** One record's settings: a field of the record, guarded by the record's own updatedAt. */
const patchRecord = async (
  c: Context<BaskerEnv>,
  repo: ThemeRepository,
  records: BaskerRepository,
  target: Target,
): Promise<Response> => {
  const checked = await readCheckedChange(c, repo, target.scope)
  if (checked instanceof Response) return checked
  const { change, ifUpdatedAt } = checked
  const tenant = c.get('tenant')
  const { collection, recordId } = target
  const outcome = await repo.transaction(async (tx) => {
    const record = await records.get(tenant, collection, recordId, tx)
    const current = await repo.themeSettings(tenant, collection, recordId, tx)
    if (!record || !current) return { kind: 'missing' as const }
    if (record.updatedAt !== ifUpdatedAt) {
      return { kind: 'conflict' as const, current: record.updatedAt }
    }
    const updatedAt = await records.touch(tx, tenant, collection, recordId, ifUpdatedAt)
    if (updatedAt === null) return { kind: 'conflict' as const, current: 'changed concurrently' }
    const values = apply(current.values, change)
    await repo.writeThemeSettings(tx, tenant, collection, recordId, current.updatedAt, values)
    return { kind: 'ok' as const, values, updatedAt }
  })
  if (outcome.kind === 'missing') return recordNotFound(c, collection, recordId)
  if (outcome.kind === 'conflict') return conflict(c, outcome.current, ifUpdatedAt)
  return answer(c, change, {
    id: recordId,
    updatedAt: outcome.updatedAt,
    themeSettings: outcome.values,
  })
}

export const registerThemeRoutes = (
  app: Hono<BaskerEnv>,
  repo: ThemeRepository,
  records: BaskerRepository,
): void => {
  // Only the schemas and the PATCHes: Basker documents no read of theme-setting values (a
  // record's come back on the record's own read, as `themeSettings`).
  app.get('/theme/settings/schema', async (c) =>
    c.json({ fields: await repo.themeSchema(c.get('tenant'), SITE_SCOPE) }),
  )
  app.patch('/theme/settings', (c) => patchSite(c, repo))

  app.get('/:collection/theme-settings/schema', async (c) => {
    const collection = collectionOf(c)
    if (typeof collection !== 'string') return collection
    return c.json({ fields: await repo.themeSchema(c.get('tenant'), collection) })
  })
  app.patch('/:collection/:id/theme-settings', (c) => {
    const collection = collectionOf(c)
    if (typeof collection !== 'string') return collection
    // Accepted as Basker documents; the reference keeps one set of theme values per record.
    const locale = localeOf(c)
    if (typeof locale !== 'string') return locale
    return patchRecord(c, repo, records, {
      scope: collection,
      collection,
      recordId: c.req.param('id'),
    })
  })
}
