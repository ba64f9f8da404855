// Elements of a block: get and update one (content and colour of a note), and append to a note.
// Tines documents no element create or delete, so neither exists here.
import type { Hono } from 'hono'
import { jsonError } from '../../../http/errors'
import { invalid, numericId, readBody } from '../body'
import type { Checked } from '../body'
import type { WriteContext } from '../block-writes'
import { CaseState } from '../case-state'
import { isColor } from '../model'
import type { ElementRow } from '../model'
import { presentElement } from '../present'
import type { TinesRepository } from '../repository'
import { answerWrite, blockNotFound, caseIdOf, caseNotFound, writeOnCase } from './helpers'

const PATH = '/cases/:case_id/blocks/:block_id'

const editNote = async (
  w: WriteContext,
  element: ElementRow,
  body: Record<string, unknown>,
): Promise<Checked<number>> => {
  if (element.element_type !== 'note') return invalid('Only note elements can be updated.')
  const { content = element.content ?? '', color = element.color } = body
  if (typeof content !== 'string') return invalid('content must be a string.')
  if (!isColor(color)) return invalid(`color ${JSON.stringify(color)} is not a Tines note color.`)
  if (body.note_type !== undefined && body.note_type !== element.note_type) {
    return invalid('note_type follows the block type and cannot be changed.')
  }
  await w.repo.updateElement(w.tx, element.element_id, { content, color }, w.now)
  return { ok: true, value: element.block_id }
}

export const registerElementRoutes = (app: Hono, repo: TinesRepository): void => {
  app.get(`${PATH}/elements/:element_id`, async (c) => {
    const caseId = caseIdOf(c)
    if (caseId === null || !(await repo.getCase(repo.db, caseId))) return caseNotFound(c)
    const state = await CaseState.load(repo, repo.db, caseId)
    const block = state.find(c.req.param('block_id'))
    if (!block) return blockNotFound(c, c.req.param('block_id'))
    const id = numericId(c.req.param('element_id'))
    const element = state.elements.find((e) => e.block_id === block.id && e.element_id === id)
    if (!element) return jsonError(c, 404, 'No such element in this block.')
    return c.json({ element: presentElement(element) })
  })

  app.put(`${PATH}/elements/:element_id`, async (c) => {
    const caseId = caseIdOf(c)
    if (caseId === null) return caseNotFound(c)
    const body = await readBody(c)
    if (!body.ok) return jsonError(c, body.status, body.message)
    const elementId = numericId(c.req.param('element_id'))
    let missingElement = false
    const outcome = await writeOnCase(repo, caseId, async (w) => {
      const block = w.state.find(c.req.param('block_id'))
      if (!block) return 'missing-block'
      const element = w.state.elements.find(
        (e) => e.block_id === block.id && e.element_id === elementId,
      )
      if (!element) {
        missingElement = true
        return { ok: true, value: null }
      }
      return editNote(w, element, body.value)
    })
    if (missingElement) return jsonError(c, 404, 'No such element in this block.')
    return answerWrite(c, repo, caseId, outcome)
  })

  app.post(`${PATH}/content`, async (c) => {
    const caseId = caseIdOf(c)
    if (caseId === null) return caseNotFound(c)
    const body = await readBody(c)
    if (!body.ok) return jsonError(c, body.status, body.message)
    const outcome = await writeOnCase(repo, caseId, async (w) => {
      const block = w.state.find(c.req.param('block_id'))
      if (!block) return 'missing-block'
      const note = w.state.noteOf(block.id)
      if (!note) return invalid(`A ${block.block_type} block has no note to append to.`)
      if (typeof body.value.content !== 'string' || body.value.content === '') {
        return invalid('content must be a non-empty string.')
      }
      // Undocumented separator: text notes get a new line, HTML is appended as it is.
      const old = note.content ?? ''
      const sep = note.note_type === 'text' && old !== '' ? '\n' : ''
      return editNote(w, note, { content: `${old}${sep}${body.value.content}` })
    })
    return answerWrite(c, repo, caseId, outcome)
  })
}
