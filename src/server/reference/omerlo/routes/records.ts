// Lists and reads: profiles of one kind, and (decisions of this reference, see the adapter's
// README) the contents entries point at and the block types, which the editor needs for its
// pickers and palette.
import type { Hono } from 'hono'
import { isUuid } from '../model'
import { presentProfile } from '../present'
import type { OmerloRepository } from '../repository'
import { badRequest, invalidUuid, kindOf, meta, notFound, pagingOf, uuidParam } from './helpers'

export const registerRecordRoutes = (api: Hono, repo: OmerloRepository): void => {
  api.get('/block_types', async (c) => c.json({ data: await repo.blockTypes() }))

  api.get('/contents', async (c) => {
    const paging = pagingOf(c)
    if (typeof paging === 'string') return badRequest(c, paging)
    const offset = (paging.page - 1) * paging.perPage
    const found = await repo.listContents(paging.search, paging.perPage, offset)
    return c.json({ data: found.rows, meta: meta(paging, found.total) })
  })

  api.get('/contents/:id', async (c) => {
    const id = c.req.param('id')
    if (!isUuid(id)) return invalidUuid(c, 'id')
    const titles = await repo.contentTitles(repo.db, [id.toLowerCase()])
    const title = titles.get(id.toLowerCase())
    if (title === undefined) return notFound(c, `content ${id}`)
    return c.json({ data: { id: id.toLowerCase(), title } })
  })

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
    return c.json({ data: presentProfile(profile) })
  })
}
