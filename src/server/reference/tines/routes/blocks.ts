// /cases/{case_id}/blocks: create, list (paged), get by id or slug, update, delete.
import type { Hono } from 'hono'
import { jsonError } from '../../../http/errors'
import { readBody } from '../body'
import { createBlock, deleteBlock, updateBlock } from '../block-writes'
import { CaseState } from '../case-state'
import { isBlockType } from '../model'
import { pagingMeta, presentBlock } from '../present'
import type { TinesRepository } from '../repository'
import { pageParams } from './paging'
import {
  answerWrite,
  blockNotFound,
  caseIdOf,
  caseNotFound,
  documentOrder,
  writeOnCase,
} from './helpers'

export const registerBlockRoutes = (app: Hono, repo: TinesRepository): void => {
  app.get('/cases/:case_id/blocks', async (c) => {
    const caseId = caseIdOf(c)
    if (caseId === null || !(await repo.getCase(repo.db, caseId))) return caseNotFound(c)
    const paging = pageParams(c)
    if (!paging.ok) return jsonError(c, paging.status, paging.message)
    const type = c.req.query('block_type')
    if (type !== undefined && !isBlockType(type)) {
      return jsonError(c, 400, `block_type ${JSON.stringify(type)} is not a Tines block type.`)
    }
    const state = await CaseState.load(repo, repo.db, caseId)
    const all = documentOrder(state.blocks).filter(
      (b) => type === undefined || b.block_type === type,
    )
    const { page, perPage } = paging.value
    const slice = all.slice((page - 1) * perPage, page * perPage)
    return c.json({
      blocks: slice.map((b) => presentBlock(b, state.elements)),
      meta: pagingMeta(c.req.url, page, perPage, all.length),
    })
  })

  app.get('/cases/:case_id/blocks/:block_id', async (c) => {
    const caseId = caseIdOf(c)
    if (caseId === null || !(await repo.getCase(repo.db, caseId))) return caseNotFound(c)
    const state = await CaseState.load(repo, repo.db, caseId)
    const block = state.find(c.req.param('block_id'))
    if (!block) return blockNotFound(c, c.req.param('block_id'))
    return c.json({ block: presentBlock(block, state.elements) })
  })

  app.post('/cases/:case_id/blocks', async (c) => {
    const caseId = caseIdOf(c)
    if (caseId === null) return caseNotFound(c)
    const body = await readBody(c)
    if (!body.ok) return jsonError(c, body.status, body.message)
    const outcome = await writeOnCase(repo, caseId, (w) => createBlock(w, body.value))
    return answerWrite(c, repo, caseId, outcome, 201)
  })

  app.put('/cases/:case_id/blocks/:block_id', async (c) => {
    const caseId = caseIdOf(c)
    if (caseId === null) return caseNotFound(c)
    const body = await readBody(c)
    if (!body.ok) return jsonError(c, body.status, body.message)
    const outcome = await writeOnCase(repo, caseId, async (w) => {
      const block = w.state.find(c.req.param('block_id'))
      return block ? updateBlock(w, block, body.value) : 'missing-block'
    })
    return answerWrite(c, repo, caseId, outcome)
  })

  app.delete('/cases/:case_id/blocks/:block_id', async (c) => {
    const caseId = caseIdOf(c)
    if (caseId === null) return caseNotFound(c)
    const includeChildren = c.req.query('include_children') === 'true'
    const outcome = await writeOnCase(repo, caseId, async (w) => {
      const block = w.state.find(c.req.param('block_id'))
      if (!block) return 'missing-block'
      await deleteBlock(w, block, includeChildren)
      return { ok: true, value: null }
    })
    return answerWrite(c, repo, caseId, outcome)
  })
}
