// The record list: Tines pages cases but has no title search, so a search reads every case (500
// a page) and filters and pages here.
import type { HttpRequest } from '../http'
import type { ListQuery, Page, RecordSummary } from '../types'
import { caseListSchema } from './schemas'
import type { z } from 'zod'
import { checkPageLimit, parse } from './validate'

type Request = (path: string, init?: HttpRequest) => Promise<unknown>
type TinesCase = z.infer<typeof caseListSchema>['cases'][number]

const summary = (c: TinesCase): RecordSummary => ({
  ref: { collection: 'cases', id: String(c.case_id) },
  title: c.name,
  ...(c.updated_at ? { updatedAt: c.updated_at } : {}),
  ...(c.status ? { status: c.status } : {}),
})

const pageOf = (items: RecordSummary[], page: number, limit: number, total: number) => {
  const totalPages = Math.ceil(total / limit)
  return {
    items,
    page,
    totalPages,
    total,
    hasNextPage: page < totalPages,
    hasPrevPage: page > 1,
  }
}

export async function listCases(
  request: Request,
  query: ListQuery,
  signal: AbortSignal | undefined,
): Promise<Page<RecordSummary>> {
  const init = signal ? { signal } : {}
  const search = query.search?.trim().toLowerCase()
  if (!search) {
    const path = `/cases?page=${query.page}&per_page=${query.limit}`
    const reply = parse(caseListSchema, await request(path, init), 'case list')
    return pageOf(reply.cases.map(summary), query.page, query.limit, reply.meta.count)
  }
  const all: TinesCase[] = []
  for (let page = 1; ; page += 1) {
    const reply = parse(
      caseListSchema,
      await request(`/cases?page=${page}&per_page=500`, init),
      'case list',
    )
    all.push(...reply.cases)
    if (page >= reply.meta.pages || reply.cases.length === 0) break
    checkPageLimit(page, 'case list')
  }
  const found = all.filter((c) => c.name.toLowerCase().includes(search)).map(summary)
  const start = (query.page - 1) * query.limit
  return pageOf(found.slice(start, start + query.limit), query.page, query.limit, found.length)
}
