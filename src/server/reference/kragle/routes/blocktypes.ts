// /blocktypes and /validate/blocktypes. Lists need no session (public types only without one);
// a private type read by anyone but its owner is 403; writes need a session and only the owner
// may change a type; an approved type keeps its definition and is_remote (code 20).
import type { Context, Hono } from 'hono'
import { deepEqual } from '../../../../core'
import { fail, KRAGLE_CODES } from '../errors'
import { checkDefinition } from '../definitions'
import { optionalBoolean, optionalName, pathId, queryBoolean, queryPage } from '../params'
import { presentType } from '../present'
import type { RemoteOptions } from '../remote'
import { PAGE_SIZE } from '../repository'
import type { BlockTypeRow, KragleRepository } from '../repository'
import { requireUser } from '../session'
import type { KragleEnv } from '../session'

type C = Context<KragleEnv>

const visible = (c: C, row: BlockTypeRow | null, what: string): BlockTypeRow => {
  if (!row) return fail(KRAGLE_CODES.notFound, `No block type ${what}.`)
  if (!row.isApproved && row.owner !== c.get('user')) {
    // Documented: 403 for a private type read without authentication (body undocumented).
    return c.get('user') === null
      ? fail(KRAGLE_CODES.badLogin, `Block type ${what} is private: log in.`, 403)
      : fail(KRAGLE_CODES.notOwnedOrPublic, `Block type ${what} is private.`, 403)
  }
  return row
}

const nameTaken = async (repo: KragleRepository, name: string, self?: number): Promise<void> => {
  const other = await repo.typeBy('name', name)
  if (other && other.id !== self) {
    fail(KRAGLE_CODES.typeNameTaken, `A block type named "${name}" already exists.`)
  }
}

/** The checks POST /blocktypes makes; returns what to store. */
const checkNew = async (c: C, repo: KragleRepository, remote: RemoteOptions) => {
  const owner = requireUser(c)
  const body = c.get('body')
  const name =
    optionalName(body, 'block type') ?? fail(KRAGLE_CODES.badPayload, 'name is required.')
  const isRemote = optionalBoolean(body, 'is_remote') ?? false
  const needsApproval = optionalBoolean(body, 'needs_approval') ?? false
  if (!('definition' in body)) return fail(KRAGLE_CODES.badPayload, 'definition is required.')
  await nameTaken(repo, name)
  const checked = await checkDefinition(body.definition, isRemote, remote)
  return { owner, name, isRemote, needsApproval, isApproved: false, ...checked }
}

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505'

export const registerBlockTypeRoutes = (
  api: Hono<KragleEnv>,
  repo: KragleRepository,
  remote: RemoteOptions,
): void => {
  api.get('/blocktypes', async (c) => {
    const page = queryPage(c)
    const publicOnly = queryBoolean(c, 'filter_user_types')
    const resolved = queryBoolean(c, 'show_resolved')
    const list = await repo.listTypes(publicOnly ? null : c.get('user'), page)
    return c.json({
      count: list.count,
      pagesize: PAGE_SIZE,
      page,
      blocktypes: list.rows.map((row) => presentType(row, { approved: !publicOnly, resolved })),
    })
  })

  api.get('/blocktypes/byid/:id', async (c) => {
    const id = pathId(c.req.param('id'), 'block type')
    return c.json(presentType(visible(c, await repo.typeBy('id', id), `#${id}`)))
  })

  api.get('/blocktypes/byname/:name', async (c) => {
    const name = c.req.param('name')
    return c.json(presentType(visible(c, await repo.typeBy('name', name), `"${name}"`)))
  })

  api.post('/validate/blocktypes', async (c) => {
    await checkNew(c, repo, remote)
    return c.json({ validated: true })
  })

  api.post('/blocktypes', async (c) => {
    const type = await checkNew(c, repo, remote)
    try {
      return c.json({ id: await repo.createType(type) })
    } catch (error) {
      if (isUniqueViolation(error)) await nameTaken(repo, type.name)
      throw error
    }
  })

  api.put('/blocktypes/:id', async (c) => {
    const user = requireUser(c)
    const id = pathId(c.req.param('id'), 'block type')
    const row = visible(c, await repo.typeBy('id', id), `#${id}`)
    if (row.owner !== user) {
      return fail(KRAGLE_CODES.notOwnedOrPublic, `Block type #${id} belongs to another user.`)
    }
    const body = c.get('body')
    const name = optionalName(body, 'block type') ?? row.name
    const isRemote = optionalBoolean(body, 'is_remote') ?? row.isRemote
    const needsApproval = optionalBoolean(body, 'needs_approval') ?? row.needsApproval
    const definition = 'definition' in body ? body.definition : row.definition
    const changesDefinition = isRemote !== row.isRemote || !deepEqual(definition, row.definition)
    if (row.isApproved && changesDefinition) {
      return fail(
        KRAGLE_CODES.approvedReadOnly,
        `Block type #${id} is approved: its definition and is_remote cannot change.`,
      )
    }
    await nameTaken(repo, name, id)
    const checked = changesDefinition
      ? await checkDefinition(definition, isRemote, remote)
      : {
          definitionJson: JSON.stringify(row.definition),
          resolvedJson: JSON.stringify(row.resolved),
        }
    await repo.updateType(id, { name, isRemote, needsApproval, ...checked })
    const updated = await repo.typeBy('id', id)
    return c.json(presentType(updated ?? row))
  })
}
