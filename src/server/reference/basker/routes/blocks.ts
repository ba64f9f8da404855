// The block endpoints: the schema that drives the editor, and PATCH …/blocks, which applies a
// list of operations to the draft all-or-nothing under the ifUpdatedAt guard, in the language
// named by `locale` (the site's default when absent).
import type { Hono } from 'hono'
import { jsonError } from '../../../http/errors'
import { applyBlockOperations } from '../apply-blocks'
import type { BaskerEnv } from '../env'
import type { BaskerRepository } from '../repository'
import { checkDraftGuard, checkOperations, readJsonObject } from '../request-body'
import { localeOf } from '../locales'
import { collectionOf, conflict, recordNotFound } from './helpers'

export const registerBlockRoutes = (app: Hono<BaskerEnv>, repo: BaskerRepository): void => {
  app.get('/:collection/blocks/schema', async (c) => {
    const collection = collectionOf(c)
    if (typeof collection !== 'string') return collection
    return c.json({ blocks: await repo.blockSchema(c.get('tenant'), collection) })
  })

  app.patch('/:collection/:id/blocks', async (c) => {
    const collection = collectionOf(c)
    if (typeof collection !== 'string') return collection
    const locale = localeOf(c)
    if (typeof locale !== 'string') return locale
    const body = await readJsonObject(c)
    if (!body.ok) return jsonError(c, 400, body.message)
    const guard = checkDraftGuard(body.value)
    if (!guard.ok) return jsonError(c, 400, guard.message, guard.errors)
    const ops = checkOperations(body.value)
    if (!ops.ok) return jsonError(c, 400, ops.message, ops.errors)
    const tenant = c.get('tenant')
    const id = c.req.param('id')
    const ifUpdatedAt = guard.value

    const outcome = await repo.transaction(async (tx) => {
      const record = await repo.get(tenant, collection, id, tx)
      if (!record) return { kind: 'missing' as const }
      if (record.updatedAt !== ifUpdatedAt) {
        return { kind: 'conflict' as const, current: record.updatedAt }
      }
      const schema = await repo.blockSchema(tenant, collection, tx)
      const blocks = await repo.draftBlocksIn(tenant, record, locale, tx)
      const applied = applyBlockOperations(blocks, ops.value, schema)
      if (!applied.ok) return { kind: 'invalid' as const, ...applied }
      const updatedAt = await repo.writeDraftBlocks(
        tx,
        tenant,
        record,
        ifUpdatedAt,
        applied.blocks,
        locale,
      )
      // Another writer committed between our read and our write: theirs wins, ours is a conflict.
      if (updatedAt === null) return { kind: 'conflict' as const, current: 'changed concurrently' }
      return { kind: 'ok' as const, record, updatedAt, ...applied }
    })

    switch (outcome.kind) {
      case 'missing':
        return recordNotFound(c, collection, id)
      case 'conflict':
        return conflict(c, outcome.current, ifUpdatedAt)
      case 'invalid':
        return jsonError(c, 422, outcome.message, outcome.errors)
      case 'ok':
        return c.json({
          versionTarget: 'draft',
          operations: outcome.summary,
          document: {
            id: outcome.record.id,
            slug: outcome.record.slug,
            updatedAt: outcome.updatedAt,
            blocks: outcome.blocks,
          },
        })
    }
  })
}
