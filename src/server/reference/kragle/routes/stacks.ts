// /blockstacks (vendor-facts.md): a stack is written with `blocks` as an ordered array of
// `[blockTypeName, conversion, {name?, state?, …}]` and read back as block instances
// `{id, type, conversion, state}` (the instance's name is not shown). Signed out, a read shows
// blocks as `{id, type}` only; writes need a session (code 3). Another user's stack is not found.
// A PUT answers the stack without its blocks: `instances` (the ids, in order) and `jobs`.
// Which instance ids survive a PUT is undocumented, so the reference has two behaviours: by
// default an instance keeps the id of the one at its position before the write; in the variant
// mode every write makes new instances (new ids). It also answers a one-stack read as a
// one-element array in the variant mode.
import type { Context, Hono } from 'hono'
import { fail, KRAGLE_CODES } from '../errors'
import { isObject, optionalName, pathId, queryPage } from '../params'
import { presentStack, presentWritten } from '../present'
import { PAGE_SIZE } from '../repository'
import type { Instance, KragleRepository, StackRow } from '../repository'
import { requireUser } from '../session'
import type { KragleEnv } from '../session'

type Entry = [string, unknown, Record<string, unknown>]

export interface StackRouteOptions {
  /** The variant mode (KRAGLE_REFERENCE_VARIANT=1): new ids on every write, array answers. */
  variant: boolean
}

const bad = (index: number, msg: string): never =>
  fail(KRAGLE_CODES.badPayload, `blocks[${index}]: ${msg}`)

/** The blocks array, checked entry by entry (naming the first bad entry). */
export const checkBlocks = async (
  repo: KragleRepository,
  user: number,
  value: unknown,
): Promise<Entry[]> => {
  if (!Array.isArray(value)) return fail(KRAGLE_CODES.badPayload, 'blocks must be an array.')
  const entries = value.map((entry: unknown, index): Entry => {
    if (!Array.isArray(entry) || entry.length !== 3) {
      return bad(index, 'an entry is [blockTypeName, conversion, {name?, state?}].')
    }
    const [name, conversion, options] = entry as [unknown, unknown, unknown]
    if (typeof name !== 'string' || name === '') {
      return bad(index, 'the block type name is missing.')
    }
    if (!isObject(options)) {
      return bad(index, 'the third element must be an object {name?, state?}.')
    }
    if (options.name !== undefined && typeof options.name !== 'string') {
      return bad(index, 'name must be a string.')
    }
    return [name, conversion, options]
  })
  const names = [...new Set(entries.map((entry) => entry[0]))]
  const usable = await repo.usableTypeNames(user, names)
  const existing = await repo.existingTypeNames(names)
  const index = entries.findIndex(([name]) => !usable.has(name))
  const name = entries[index]?.[0] ?? ''
  if (index >= 0 && !existing.has(name)) {
    fail(KRAGLE_CODES.unknownTypeInStack, `blocks[${index}]: no block type named "${name}".`)
  }
  if (index >= 0) {
    fail(KRAGLE_CODES.notOwnedOrPublic, `blocks[${index}]: block type "${name}" is private.`)
  }
  return entries
}

/** Instances for written entries: ids kept by position (default) or all new (variant). */
const instancesOf = async (
  repo: KragleRepository,
  entries: Entry[],
  before: Instance[],
  variant: boolean,
): Promise<Instance[]> => {
  const kept = variant ? [] : before.slice(0, entries.length).map((instance) => instance.id)
  const fresh = await repo.instanceIds(entries.length - kept.length)
  const ids = [...kept, ...fresh]
  return entries.map(([type, conversion, options], i) => ({
    id: ids[i] ?? 0,
    type,
    conversion,
    options,
  }))
}

const own = (c: Context<KragleEnv>, row: StackRow | null, what: string): StackRow => {
  if (!row || row.owner !== c.get('user')) return fail(KRAGLE_CODES.notFound, `No stack ${what}.`)
  return row
}

/** Signed in: the user's own stack; signed out: any stack, its blocks shown as {id, type}. */
const readable = (c: Context<KragleEnv>, row: StackRow | null, what: string): StackRow => {
  if (c.get('user') === null) return row ?? fail(KRAGLE_CODES.notFound, `No stack ${what}.`)
  return own(c, row, what)
}

const nameTaken = async (repo: KragleRepository, name: string, self?: number): Promise<void> => {
  const other = await repo.stackBy('name', name)
  if (other && other.id !== self) {
    fail(KRAGLE_CODES.stackNameTaken, `A stack named "${name}" already exists.`)
  }
}

export const registerStackRoutes = (
  api: Hono<KragleEnv>,
  repo: KragleRepository,
  options: StackRouteOptions,
): void => {
  const one = (c: Context<KragleEnv>, row: StackRow) => {
    const stack = presentStack(row, c.get('user') !== null)
    return c.json(options.variant ? [stack] : stack)
  }

  api.get('/blockstacks', async (c) => {
    const user = c.get('user')
    const page = queryPage(c)
    const list = await repo.listStacks(user, page)
    return c.json({
      count: list.count,
      pagesize: PAGE_SIZE,
      page,
      stacks: list.rows.map((row) => presentStack(row, user !== null)),
    })
  })

  api.get('/blockstacks/byid/:id', async (c) => {
    const id = pathId(c.req.param('id'), 'stack')
    return one(c, readable(c, await repo.stackBy('id', id), `#${id}`))
  })

  api.get('/blockstacks/byname/:name', async (c) => {
    const name = c.req.param('name')
    return one(c, readable(c, await repo.stackBy('name', name), `"${name}"`))
  })

  api.post('/blockstacks', async (c) => {
    const user = requireUser(c)
    const body = c.get('body')
    const name = optionalName(body, 'stack') ?? fail(KRAGLE_CODES.badPayload, 'name is required.')
    const entries = await checkBlocks(repo, user, body.blocks ?? [])
    await nameTaken(repo, name)
    const blocks = await instancesOf(repo, entries, [], options.variant)
    return c.json({ id: await repo.createStack(user, name, blocks) })
  })

  api.put('/blockstacks/:id', async (c) => {
    const user = requireUser(c)
    const id = pathId(c.req.param('id'), 'stack')
    const row = own(c, await repo.stackBy('id', id), `#${id}`)
    const body = c.get('body')
    const name = optionalName(body, 'stack') ?? row.name
    const blocks =
      body.blocks === undefined
        ? row.blocks
        : await instancesOf(
            repo,
            await checkBlocks(repo, user, body.blocks),
            row.blocks,
            options.variant,
          )
    await nameTaken(repo, name, id)
    await repo.updateStack(id, name, blocks)
    return c.json(presentWritten({ ...row, name, blocks }))
  })
}
