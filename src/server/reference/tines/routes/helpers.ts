// What every block route shares: the case from the path, and a write that runs on the locked
// case and answers with the block as it is after the write.
import type { Context } from 'hono'
import { jsonError } from '../../../http/errors'
import { numericId } from '../body'
import type { Checked } from '../body'
import { CaseState } from '../case-state'
import { documentOrder, presentBlock } from '../present'
import type { TinesRepository } from '../repository'
import type { WriteContext } from '../block-writes'

export const caseIdOf = (c: Context): number | null => numericId(c.req.param('case_id'))

export const caseNotFound = (c: Context): Response =>
  jsonError(c, 404, `Case ${JSON.stringify(c.req.param('case_id'))} was not found.`)

export const blockNotFound = (c: Context, ref: string): Response =>
  jsonError(c, 404, `Block ${JSON.stringify(ref)} was not found in this case.`)

export type WriteOutcome =
  | { kind: 'missing-case' }
  | { kind: 'missing-block' }
  | { kind: 'done'; result: Checked<number | null> }

/** Runs `fn` on the locked case; a refused write rolls back whatever it started. */
export const writeOnCase = async (
  repo: TinesRepository,
  caseId: number,
  fn: (w: WriteContext) => Promise<Checked<number | null> | 'missing-block'>,
): Promise<WriteOutcome> => {
  try {
    return await repo.transaction(async (tx) => {
      if (!(await repo.getCase(tx, caseId, true))) return { kind: 'missing-case' as const }
      const state = await CaseState.load(repo, tx, caseId)
      const now = new Date().toISOString()
      const result = await fn({ repo, tx, state, now })
      if (result === 'missing-block') return { kind: 'missing-block' as const }
      if (!result.ok) throw new Refused(result)
      await repo.touchCase(tx, caseId, now)
      return { kind: 'done' as const, result }
    })
  } catch (error) {
    if (error instanceof Refused) return { kind: 'done', result: error.result }
    throw error
  }
}

class Refused extends Error {
  constructor(readonly result: Checked<number | null>) {
    super('refused')
  }
}

export const answerWrite = async (
  c: Context,
  repo: TinesRepository,
  caseId: number,
  outcome: WriteOutcome,
  status: 200 | 201 = 200,
): Promise<Response> => {
  if (outcome.kind === 'missing-case') return caseNotFound(c)
  if (outcome.kind === 'missing-block') return blockNotFound(c, c.req.param('block_id') ?? '')
  const { result } = outcome
  if (!result.ok) return jsonError(c, result.status, result.message)
  if (result.value === null) return c.body(null, 204)
  const state = await CaseState.load(repo, repo.db, caseId)
  const block = state.find(result.value)
  if (!block) return blockNotFound(c, String(result.value))
  return c.json({ block: presentBlock(block, state.elements) }, status)
}

export { documentOrder }
