// The block library (Kragle's blocktypes): paged lists of the user's and public types, one type
// with its resolved definition, and validate / create / update. Kragle has no name search, so a
// search reads every page (at most MAX_PAGES) and pages the matches here.
import { AdapterError } from '../types'
import type { Page } from '../types'
import type { BlockLibraryApi, BlockTypeDraft, LibraryBlockType } from '../block-library-types'
import { isKragleId, sig } from './client'
import type { KragleRequest } from './client'
import {
  blockTypeListSchema,
  blockTypeSchema,
  createdSchema,
  parse,
  validatedSchema,
} from './schemas'
import type { KragleBlockType } from './schemas'

const MAX_PAGES = 50

export const toLibraryType = (type: KragleBlockType): LibraryBlockType => ({
  id: String(type.id),
  name: type.name,
  owner: type.owner,
  definition: type.definition,
  isRemote: type.is_remote,
  needsApproval: type.needs_approval,
  isApproved: type.is_approved ?? null,
  resolved: type.resolved ?? null,
})

const pageOf = <T>(items: T[], page: number, pageSize: number, total: number): Page<T> => {
  const totalPages = Math.max(1, Math.ceil(total / pageSize))
  return { items, page, totalPages, total, hasNextPage: page < totalPages, hasPrevPage: page > 1 }
}

/** Every block type visible to the session (show_resolved, all pages). */
export async function readAllTypes(
  request: KragleRequest,
  publicOnly: boolean,
  signal?: AbortSignal,
): Promise<KragleBlockType[]> {
  const all: KragleBlockType[] = []
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const path = `/blocktypes?page=${page}&filter_user_types=${publicOnly ? 1 : 0}&show_resolved=1`
    const reply = parse(blockTypeListSchema, await request(path, sig(signal)), 'block type list')
    all.push(...reply.blocktypes)
    if (reply.blocktypes.length === 0 || page * reply.pagesize >= reply.count) break
  }
  return all
}

const draftBody = (draft: Partial<BlockTypeDraft>): Record<string, unknown> => ({
  ...(draft.name === undefined ? {} : { name: draft.name }),
  ...(draft.definition === undefined ? {} : { definition: draft.definition }),
  ...(draft.isRemote === undefined ? {} : { is_remote: draft.isRemote }),
  ...(draft.needsApproval === undefined ? {} : { needs_approval: draft.needsApproval }),
})

export function createBlockLibrary(request: KragleRequest): BlockLibraryApi {
  const typeId = (id: string): string => {
    if (!isKragleId(id)) throw new AdapterError('not-found', `No block type with id "${id}"`)
    return id
  }
  return {
    async list(query, ctx = {}) {
      const search = query.search?.trim().toLowerCase() ?? ''
      const publicOnly = query.publicOnly ?? false
      if (search === '') {
        const path = `/blocktypes?page=${query.page}&filter_user_types=${publicOnly ? 1 : 0}`
        const reply = parse(
          blockTypeListSchema,
          await request(path, sig(ctx.signal)),
          'block type list',
        )
        return pageOf(reply.blocktypes.map(toLibraryType), reply.page, reply.pagesize, reply.count)
      }
      const found = (await readAllTypes(request, publicOnly, ctx.signal)).filter((type) =>
        type.name.toLowerCase().includes(search),
      )
      const pageSize = 20
      const start = (query.page - 1) * pageSize
      const items = found.slice(start, start + pageSize).map(toLibraryType)
      return pageOf(items, query.page, pageSize, found.length)
    },
    async get(id, ctx = {}) {
      const reply = await request(`/blocktypes/byid/${typeId(id)}`, sig(ctx.signal))
      return toLibraryType(parse(blockTypeSchema, reply, 'block type'))
    },
    async validate(draft, ctx = {}) {
      const body = draftBody(draft)
      const reply = await request('/validate/blocktypes', {
        method: 'POST',
        body,
        ...sig(ctx.signal),
      })
      parse(validatedSchema, reply, 'validation answer')
    },
    async create(draft, ctx = {}) {
      const body = draftBody(draft)
      const reply = await request('/blocktypes', { method: 'POST', body, ...sig(ctx.signal) })
      return { id: String(parse(createdSchema, reply, 'create answer').id) }
    },
    async update(id, change, ctx = {}) {
      const body = draftBody(change)
      const reply = await request(`/blocktypes/${typeId(id)}`, {
        method: 'PUT',
        body,
        ...sig(ctx.signal),
      })
      return toLibraryType(parse(blockTypeSchema, reply, 'block type'))
    },
  }
}
