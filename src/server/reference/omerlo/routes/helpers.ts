// What every Omerlo route shares: the kind and ids from the path (400 for a malformed UUID, 404
// for an unknown kind), paging, and the request body as JSON.
import type { Context } from 'hono'
import { jsonError } from '../../../http/errors'
import { isPathKind, isUuid, PROFILE_KINDS } from '../model'
import type { ProfileKind } from '../model'

export const kindOf = (c: Context): ProfileKind | null => {
  const kind = c.req.param('kind') ?? ''
  return isPathKind(kind) ? PROFILE_KINDS[kind] : null
}

export const uuidParam = (c: Context, name: string): string | null => {
  const value = c.req.param(name) ?? ''
  return isUuid(value) ? value.toLowerCase() : null
}

export const invalidUuid = (c: Context, name: string): Response =>
  jsonError(c, 400, `Invalid UUID: ${name} ${JSON.stringify(c.req.param(name) ?? '')}.`)

export const notFound = (c: Context, what: string): Response =>
  jsonError(c, 404, `Entity not found: ${what}.`)

export const badRequest = (c: Context, message: string): Response =>
  jsonError(c, 400, `Bad request: ${message}`)

export interface Paging {
  page: number
  perPage: number
  search: string
}

const whole = (raw: string | undefined, fallback: number): number | null => {
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  return Number.isInteger(n) && n >= 1 ? n : null
}

export const pagingOf = (c: Context): Paging | string => {
  const page = whole(c.req.query('page'), 1)
  const perPage = whole(c.req.query('per_page'), 20)
  if (page === null) return 'page must be a whole number ≥ 1.'
  if (perPage === null || perPage > 100) return 'per_page must be a whole number from 1 to 100.'
  return { page, perPage, search: (c.req.query('search') ?? '').trim() }
}

export const meta = (paging: Paging, total: number) => ({
  page: paging.page,
  per_page: paging.perPage,
  total,
  total_pages: Math.max(1, Math.ceil(total / paging.perPage)),
})

/** The parsed JSON body, or undefined when it is not JSON. */
export const jsonBody = async (c: Context): Promise<unknown> => {
  try {
    return (await c.req.json()) as unknown
  } catch {
    return undefined
  }
}
