import type { Context } from 'hono'
import type { Checked } from '../body'
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from '../model'

/** `page` (1-based) and `per_page` (at most 500, as Tines documents). */
export const pageParams = (c: Context): Checked<{ page: number; perPage: number }> => {
  const raw = (name: string, fallback: number): number | null => {
    const text = c.req.query(name)
    if (text === undefined || text === '') return fallback
    return /^[1-9][0-9]{0,6}$/.test(text) ? Number(text) : null
  }
  const page = raw('page', 1)
  const perPage = raw('per_page', DEFAULT_PER_PAGE)
  if (page === null) return { ok: false, status: 400, message: 'page must be a positive integer.' }
  if (perPage === null || perPage > MAX_PER_PAGE) {
    return {
      ok: false,
      status: 400,
      message: `per_page must be an integer from 1 to ${MAX_PER_PAGE}.`,
    }
  }
  return { ok: true, value: { page, perPage } }
}
