// A profile's blocks and their entries: GET/PUT …/blocks, PATCH …/blocks/{block_id},
// GET/PUT …/blocks/{block_id}/entries. Every write runs on the locked profile row.
import type { Context, Hono } from 'hono'
import type { Queryable } from '../../../storage/db'
import type { ProfileKind, ProfileRow, StoredBlock } from '../model'
import { presentBlock, presentBlocks, presentEntries } from '../present'
import type { OmerloShapes } from '../present'
import { blocksOf } from '../repository'
import type { OmerloRepository } from '../repository'
import { entryTargetIds, patchBlock, putBlocks, putEntries } from '../writes'
import type { Checked } from '../writes'
import { badRequest, invalidUuid, jsonBody, kindOf, notFound, uuidParam } from './helpers'

type Target = { kind: ProfileKind; id: string; blockId: string | null }

/** The kind, profile id and (when in the path) block id, or the 400/404 answer. */
const targetOf = (c: Context): Target | Response => {
  const kind = kindOf(c)
  if (!kind) return notFound(c, `collection ${c.req.param('kind')}`)
  const id = uuidParam(c, 'id')
  if (!id) return invalidUuid(c, 'id')
  if (c.req.param('block_id') === undefined) return { kind, id, blockId: null }
  const blockId = uuidParam(c, 'block_id')
  if (!blockId) return invalidUuid(c, 'block_id')
  return { kind, id, blockId }
}

type WriteResult<T> = { missing: string } | Checked<T>

/** Runs `fn` on the locked profile; saves the blocks it returns. */
const writeProfile = <T>(
  repo: OmerloRepository,
  t: Target,
  fn: (
    blocks: StoredBlock[],
    tx: Queryable,
    now: string,
  ) => Promise<WriteResult<{ blocks: StoredBlock[]; answer: T }>>,
): Promise<WriteResult<T>> =>
  repo.transaction(async (tx) => {
    const profile = await repo.getProfile(tx, t.kind, t.id, true)
    if (!profile) return { missing: `${t.kind} ${t.id}` }
    const now = new Date().toISOString()
    const result = await fn(blocksOf(profile), tx, now)
    if ('missing' in result || !result.ok) return result
    await repo.saveBlocks(tx, t.id, result.value.blocks, now)
    return { ok: true, value: result.value.answer }
  })

/** `present` builds the whole answer body (its envelope depends on the shapes answered). */
const answer = <T>(c: Context, result: WriteResult<T>, present: (value: T) => Promise<unknown>) =>
  'missing' in result
    ? notFound(c, result.missing)
    : result.ok
      ? present(result.value).then((body) => c.json(body))
      : badRequest(c, result.message)

export const registerBlockRoutes = (
  api: Hono,
  repo: OmerloRepository,
  shapes: () => OmerloShapes,
): void => {
  const readProfile = async (
    c: Context,
  ): Promise<{ t: Target; profile: ProfileRow } | Response> => {
    const t = targetOf(c)
    if (t instanceof Response) return t
    const profile = await repo.getProfile(repo.db, t.kind, t.id)
    if (!profile) return notFound(c, `${t.kind} ${t.id}`)
    return { t, profile }
  }

  api.get('/:kind/:id/blocks', async (c) => {
    const found = await readProfile(c)
    if (found instanceof Response) return found
    const types = await repo.blockTypes()
    return c.json(presentBlocks(blocksOf(found.profile), types, shapes()))
  })

  api.put('/:kind/:id/blocks', async (c) => {
    const t = targetOf(c)
    if (t instanceof Response) return t
    const body = await jsonBody(c)
    if (body === undefined) return badRequest(c, 'the body must be JSON.')
    const types = await repo.blockTypes()
    const result = await writeProfile(repo, t, async (blocks, _tx, now) => {
      const next = putBlocks(blocks, body, types, now)
      return next.ok ? { ok: true, value: { blocks: next.value, answer: next.value } } : next
    })
    return answer(c, result, async (blocks) => presentBlocks(blocks, types, shapes()))
  })

  api.patch('/:kind/:id/blocks/:block_id', async (c) => {
    const t = targetOf(c)
    if (t instanceof Response) return t
    const body = await jsonBody(c)
    if (body === undefined) return badRequest(c, 'the body must be JSON.')
    const types = await repo.blockTypes()
    const result = await writeProfile(repo, t, async (blocks, _tx, now) => {
      const index = blocks.findIndex((b) => b.id === t.blockId)
      const block = blocks[index]
      if (!block) return { missing: `block ${t.blockId}` }
      const patched = patchBlock(block, body, now)
      if (!patched.ok) return patched
      const next = blocks.map((b, i) => (i === index ? patched.value : b))
      return { ok: true, value: { blocks: next, answer: patched.value } }
    })
    return answer(c, result, async (block) => {
      const one = presentBlock(block, types, shapes())
      return shapes() === 'other' ? one : { data: one }
    })
  })

  api.get('/:kind/:id/blocks/:block_id/entries', async (c) => {
    const found = await readProfile(c)
    if (found instanceof Response) return found
    const block = blocksOf(found.profile).find((b) => b.id === found.t.blockId)
    if (!block) return notFound(c, `block ${found.t.blockId}`)
    return c.json(await presentEntries(repo, repo.db, block.entries, shapes()))
  })

  api.put('/:kind/:id/blocks/:block_id/entries', async (c) => {
    const t = targetOf(c)
    if (t instanceof Response) return t
    const body = await jsonBody(c)
    if (body === undefined) return badRequest(c, 'the body must be JSON.')
    const types = await repo.blockTypes()
    const ids = entryTargetIds(body)
    const result = await writeProfile(repo, t, async (blocks, tx, now) => {
      const index = blocks.findIndex((b) => b.id === t.blockId)
      const block = blocks[index]
      if (!block) return { missing: `block ${t.blockId}` }
      const kind = types.find((type) => type.id === block.block_type_id)?.kind ?? ''
      const contents = new Set((await repo.contentTitles(tx, ids.contents)).keys())
      const named = await repo.profileNames(tx, ids.profiles)
      const profiles = new Map([...named].map(([id, p]) => [id, p.kind]))
      const entries = putEntries(block, kind, body, { contents, profiles }, now)
      if (!entries.ok) return entries
      const next = blocks.map((b, i) => (i === index ? { ...b, entries: entries.value } : b))
      return { ok: true, value: { blocks: next, answer: entries.value } }
    })
    return answer(c, result, (entries) => presentEntries(repo, repo.db, entries, shapes()))
  })
}
