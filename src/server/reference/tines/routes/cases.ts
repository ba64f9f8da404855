// GET /cases (paged) and GET /cases/{case_id}: enough of the Cases API for the record list.
import type { Hono } from 'hono'
import { jsonError } from '../../../http/errors'
import { pagingMeta, presentCase } from '../present'
import type { TinesRepository } from '../repository'
import { caseIdOf, caseNotFound } from './helpers'
import { pageParams } from './paging'

export const registerCaseRoutes = (app: Hono, repo: TinesRepository): void => {
  app.get('/cases', async (c) => {
    const paging = pageParams(c)
    if (!paging.ok) return jsonError(c, paging.status, paging.message)
    const { page, perPage } = paging.value
    const { rows, count } = await repo.listCases(perPage, (page - 1) * perPage)
    return c.json({
      cases: rows.map(presentCase),
      meta: pagingMeta(c.req.url, page, perPage, count),
    })
  })

  app.get('/cases/:case_id', async (c) => {
    const caseId = caseIdOf(c)
    const found = caseId === null ? null : await repo.getCase(repo.db, caseId)
    return found ? c.json(presentCase(found)) : caseNotFound(c)
  })
}
