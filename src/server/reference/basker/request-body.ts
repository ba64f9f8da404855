// Reading and checking the JSON bodies of write requests. Every check answers a precise message
// naming the offending property, so a client can tell what it sent wrong.
import type { Context } from 'hono'
import { OPERATION_NAMES } from '../../../core/types'
import type { Operation } from '../../../core/types'
import type { ErrorDetail } from '../../http/errors'

export type Checked<T> =
  { ok: true; value: T } | { ok: false; message: string; errors?: ErrorDetail[] }

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const readJsonObject = async (c: Context): Promise<Checked<Record<string, unknown>>> => {
  const text = await c.req.text()
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'invalid JSON'
    return { ok: false, message: `The request body is not valid JSON: ${reason}` }
  }
  if (!isObject(parsed)) return { ok: false, message: 'The request body must be a JSON object.' }
  return { ok: true, value: parsed }
}

/** The guard every draft write carries: draft: true and the ifUpdatedAt read before. */
export const checkDraftGuard = (body: Record<string, unknown>): Checked<string> => {
  if (body.draft !== true) {
    return {
      ok: false,
      message: 'draft must be true: edits are written to the draft only.',
      errors: [{ path: 'draft', message: 'must be true', code: 'invalid' }],
    }
  }
  if (!('ifUpdatedAt' in body)) {
    return {
      ok: false,
      message: 'ifUpdatedAt is required: send the updatedAt of the draft you read.',
      errors: [{ path: 'ifUpdatedAt', message: 'is required', code: 'required' }],
    }
  }
  if (typeof body.ifUpdatedAt !== 'string') {
    return {
      ok: false,
      message: 'ifUpdatedAt must be a string (the updatedAt of the draft you read).',
      errors: [{ path: 'ifUpdatedAt', message: 'must be a string', code: 'invalid' }],
    }
  }
  return { ok: true, value: body.ifUpdatedAt }
}

/** Checks the list and each operation's name; the operations' contents are checked on apply. */
export const checkOperations = (body: Record<string, unknown>): Checked<Operation[]> => {
  const ops = body.operations
  if (!Array.isArray(ops)) {
    return {
      ok: false,
      message: 'operations must be an array of operations.',
      errors: [{ path: 'operations', message: 'must be an array', code: 'invalid' }],
    }
  }
  for (const [index, op] of ops.entries()) {
    const name: unknown = isObject(op) ? op.op : undefined
    if (typeof name !== 'string' || !(OPERATION_NAMES as readonly string[]).includes(name)) {
      const shown = typeof name === 'string' ? `"${name}"` : 'no name'
      const message = `operations[${index}] names an unknown operation (${shown}); expected one of ${OPERATION_NAMES.join(', ')}.`
      return {
        ok: false,
        message,
        errors: [{ path: `operations[${index}].op`, message, code: 'unknown-operation' }],
      }
    }
  }
  // Names are checked above; applyOperations checks every other property of each operation.
  return { ok: true, value: ops as Operation[] }
}
