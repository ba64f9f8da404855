// Parses Basker's (Payload-style) list query: limit, page, sort and where[field][operator].
import type { Checked } from './request-body'
import type { ListFilter, ListQuery } from './repository'

const SORTS: Record<string, string> = {
  title: 'title',
  slug: 'slug',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
}
const MAX_LIMIT = 100
const WHERE = /^where\[(\w+)\]\[(\w+)\]$/

const positive = (raw: string | undefined, fallback: number, name: string): Checked<number> => {
  if (raw === undefined || raw === '') return { ok: true, value: fallback }
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) {
    return { ok: false, message: `${name} must be a whole number ≥ 1; got "${raw}".` }
  }
  return { ok: true, value }
}

export const parseListQuery = (query: Record<string, string>): Checked<ListQuery> => {
  const limit = positive(query.limit, 10, 'limit')
  if (!limit.ok) return limit
  const page = positive(query.page, 1, 'page')
  if (!page.ok) return page
  // Default as Payload: newest first; id breaks ties so paging is stable.
  const sort = query.sort && query.sort !== '' ? query.sort : '-createdAt'
  const column = SORTS[sort.replace(/^-/, '')]
  if (!column) {
    return {
      ok: false,
      message: `sort "${sort}" is not supported; sort by ${Object.keys(SORTS).join(', ')} (prefix - for descending).`,
    }
  }
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC'
  const filters: ListFilter[] = []
  for (const [key, value] of Object.entries(query)) {
    if (!key.startsWith('where')) continue
    const match = WHERE.exec(key)
    const field = match?.[1]
    const operator = match?.[2]
    if ((field !== 'title' && field !== 'slug') || !operator) {
      return {
        ok: false,
        message: `${key} is not supported; filter with where[title|slug][like|contains|equals].`,
      }
    }
    if (operator !== 'like' && operator !== 'contains' && operator !== 'equals') {
      return {
        ok: false,
        message: `${key}: operator "${operator}" is not supported; use like, contains or equals.`,
      }
    }
    filters.push({ column: field, op: operator === 'equals' ? 'equals' : 'like', value })
  }
  return {
    ok: true,
    value: {
      limit: Math.min(limit.value, MAX_LIMIT),
      page: page.value,
      orderBy: `${column} ${direction}, id ${direction}`,
      filters,
    },
  }
}
