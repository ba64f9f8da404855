// Theme settings, site-wide and per record: a field model edited with {set, unset} under the same
// draft/ifUpdatedAt guard as blocks.
import type { Context, Hono } from 'hono'
import type { FieldSchema, FieldValues } from '../../../../core/types'
import { jsonError, type ErrorDetail } from '../../../http/errors'
import { SITE_SCOPE } from '../collections'
import type { BaskerEnv } from '../env'
import type { ThemeRepository } from '../theme-repository'
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

const patchSettings = async (
  c: Context<BaskerEnv>,
  repo: ThemeRepository,
  target: { scope: string; collection: string; recordId: string },
): Promise<Response> => {
  const body = await readJsonObject(c)
  if (!body.ok) return jsonError(c, 400, body.message)
  const guard = checkDraftGuard(body.value)
  if (!guard.ok) return jsonError(c, 400, guard.message, guard.errors)
  const change = readChange(body.value)
  if (!change.ok) return jsonError(c, 400, change.message)
  const tenant = c.get('tenant')
  const fields = await repo.themeSchema(tenant, target.scope)
  const problems = problemsOf(fields, change.value)
  if (problems[0]) {
    return jsonError(c, 422, problems[0].message, problems)
  }
  const outcome = await repo.transaction(async (tx) => {
    const current = await repo.themeSettings(tenant, target.collection, target.recordId, tx)
    if (!current) return { kind: 'missing' as const }
    if (current.updatedAt !== guard.value)
      return { kind: 'conflict' as const, current: current.updatedAt }
    const values = apply(current.values, change.value)
    const { collection, recordId } = target
    const updatedAt = await repo.writeThemeSettings(
      tx,
      tenant,
      collection,
      recordId,
      guard.value,
      values,
    )
    if (updatedAt === null) return { kind: 'conflict' as const, current: 'changed concurrently' }
    return { kind: 'ok' as const, values, updatedAt }
  })
  if (outcome.kind === 'missing') return recordNotFound(c, target.collection, target.recordId)
  if (outcome.kind === 'conflict') return conflict(c, outcome.current, guard.value)
  return c.json({ values: outcome.values, updatedAt: outcome.updatedAt })
}

export const registerThemeRoutes = (app: Hono<BaskerEnv>, repo: ThemeRepository): void => {
  const site = { scope: SITE_SCOPE, collection: '', recordId: '' }

  app.get('/theme/settings/schema', async (c) =>
    c.json({ fields: await repo.themeSchema(c.get('tenant'), SITE_SCOPE) }),
  )
  app.get('/theme/settings', async (c) => {
    const settings = await repo.themeSettings(c.get('tenant'), '', '')
    return c.json(settings ?? { values: {}, updatedAt: null })
  })
  app.patch('/theme/settings', (c) => patchSettings(c, repo, site))

  app.get('/:collection/theme-settings/schema', async (c) => {
    const collection = collectionOf(c)
    if (typeof collection !== 'string') return collection
    return c.json({ fields: await repo.themeSchema(c.get('tenant'), collection) })
  })
  app.get('/:collection/:id/theme-settings', async (c) => {
    const collection = collectionOf(c)
    if (typeof collection !== 'string') return collection
    const id = c.req.param('id')
    const settings = await repo.themeSettings(c.get('tenant'), collection, id)
    return settings ? c.json(settings) : recordNotFound(c, collection, id)
  })
  app.patch('/:collection/:id/theme-settings', (c) => {
    const collection = collectionOf(c)
    if (typeof collection !== 'string') return collection
    return patchSettings(c, repo, { scope: collection, collection, recordId: c.req.param('id') })
  })
}
