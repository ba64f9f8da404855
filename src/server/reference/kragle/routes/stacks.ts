// /blockstacks: a user's stacks (a session is needed for every call; another user's stack is not
// found). `blocks` is an ordered array of `[blockTypeName, conversion, {name?, state?}]`; every
// entry must name a block type the user may use. PUT leaves unsent fields unchanged.
import type { Context, Hono } from 'hono'
import { fail, KRAGLE_CODES } from '../errors'
import { isObject, optionalName, pathId, queryPage } from '../params'
import { presentStack } from '../present'
import { PAGE_SIZE } from '../repository'
import type { KragleRepository, StackRow } from '../repository'
import { requireUser } from '../session'
import type { KragleEnv } from '../session'

const ENTRY_OPTIONS = new Set(['name', 'state'])

const bad = (index: number, msg: string): never =>
  fail(KRAGLE_CODES.badPayload, `blocks[${index}]: ${msg}`)

/** The blocks array, checked entry by entry (code 4 naming the first bad entry). */
export const checkBlocks = async (
  repo: KragleRepository,
  user: number,
  value: unknown,
): Promise<unknown[]> => {
  if (!Array.isArray(value)) return fail(KRAGLE_CODES.badPayload, 'blocks must be an array.')
  const names: string[] = []
  value.forEach((entry: unknown, index) => {
    if (!Array.isArray(entry) || entry.length !== 3) {
      return bad(index, 'an entry is [blockTypeName, conversion, {name?, state?}].')
    }
    const [name, , options] = entry as [unknown, unknown, unknown]
    if (typeof name !== 'string' || name === '')
      return bad(index, 'the block type name is missing.')
    if (!isObject(options))
      return bad(index, 'the third element must be an object {name?, state?}.')
    const extra = Object.keys(options).find((key) => !ENTRY_OPTIONS.has(key))
    if (extra !== undefined) return bad(index, `unknown key "${extra}" (only name and state).`)
    if (options.name !== undefined && typeof options.name !== 'string') {
      return bad(index, 'name must be a string.')
    }
    names.push(name)
  })
  const usable = await repo.usableTypeNames(user, [...new Set(names)])
  const unknown = names.findIndex((name) => !usable.has(name))
  if (unknown >= 0) bad(unknown, `there is no block type named "${names[unknown] ?? ''}".`)
  return value
}

const own = (c: Context<KragleEnv>, row: StackRow | null, what: string): StackRow => {
  if (!row || row.owner !== c.get('user')) return fail(KRAGLE_CODES.notFound, `No stack ${what}.`)
  return row
}

const nameTaken = async (repo: KragleRepository, name: string, self?: number): Promise<void> => {
  const other = await repo.stackBy('name', name)
  if (other && other.id !== self) {
    fail(KRAGLE_CODES.badPayload, `A stack named "${name}" already exists.`)
  }
}

export const registerStackRoutes = (api: Hono<KragleEnv>, repo: KragleRepository): void => {
  api.get('/blockstacks', async (c) => {
    const user = requireUser(c)
    const page = queryPage(c)
    const list = await repo.listStacks(user, page)
    return c.json({
      count: list.count,
      pagesize: PAGE_SIZE,
      page,
      blockstacks: list.rows.map(presentStack),
    })
  })

  api.get('/blockstacks/byid/:id', async (c) => {
    requireUser(c)
    const id = pathId(c.req.param('id'), 'stack')
    return c.json(presentStack(own(c, await repo.stackBy('id', id), `#${id}`)))
  })

  api.get('/blockstacks/byname/:name', async (c) => {
    requireUser(c)
    const name = c.req.param('name')
    return c.json(presentStack(own(c, await repo.stackBy('name', name), `"${name}"`)))
  })

  api.post('/blockstacks', async (c) => {
    const user = requireUser(c)
    const body = c.get('body')
    const name = optionalName(body, 'stack') ?? fail(KRAGLE_CODES.badPayload, 'name is required.')
    const blocks = await checkBlocks(repo, user, body.blocks ?? [])
    await nameTaken(repo, name)
    return c.json({ id: await repo.createStack(user, name, blocks) })
  })

  api.put('/blockstacks/:id', async (c) => {
    const user = requireUser(c)
    const id = pathId(c.req.param('id'), 'stack')
    const row = own(c, await repo.stackBy('id', id), `#${id}`)
    const body = c.get('body')
    const name = optionalName(body, 'stack') ?? row.name
    const blocks =
      body.blocks === undefined ? row.blocks : await checkBlocks(repo, user, body.blocks)
    await nameTaken(repo, name, id)
    await repo.updateStack(id, name, blocks)
    return c.json(presentStack({ ...row, name, blocks }))
  })
}
