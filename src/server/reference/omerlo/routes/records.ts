// Lists and reads of profiles of one kind. Omerlo documents no listing of block types or of
// contents, so neither is served: block types come side-loaded with the blocks (present.ts).
import type { Hono } from 'hono'
import { presentProfile } from '../present'
import type { OmerloShapes } from '../present'
import type { OmerloRepository } from '../repository'
import { badRequest, invalidUuid, kindOf, meta, notFound, pagingOf, uuidParam } from './helpers'

export const registerRecordRoutes = (
  api: Hono,
  repo: OmerloRepository,
  shapes: () => OmerloShapes,
): void => {
  api.get('/:kind', async (c) => {
    const kind = kindOf(c)
    if (!kind) return notFound(c, `collection ${c.req.param('kind')}`)
    const paging = pagingOf(c)
    if (typeof paging === 'string') return badRequest(c, paging)
    const offset = (paging.page - 1) * paging.perPage
    const found = await repo.listProfiles(kind, paging.search, paging.perPage, offset)
    return c.json({ data: found.rows.map(presentProfile), meta: meta(paging, found.total) })
  })

  api.get('/:kind/:id', async (c) => {
    const kind = kindOf(c)
    if (!kind) return notFound(c, `collection ${c.req.param('kind')}`)
    const id = uuidParam(c, 'id')
    if (!id) return invalidUuid(c, 'id')
    const profile = await repo.getProfile(repo.db, kind, id)
    if (!profile) return notFound(c, `${kind} ${id}`)
    const data = presentProfile(profile)
    return c.json(shapes() === 'other' ? data : { data })
  })
}
