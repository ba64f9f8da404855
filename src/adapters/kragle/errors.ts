// Kragle answers every error with HTTP 500 and {code, msg} (403 for a private block type read
// signed out). Each code becomes a sentence and an error kind, which is the sync layer's retry
// decision (core/kragle/error-codes.ts): only code 3 is tried again, once, after a new login
// (client.ts); an unknown code is final. An answer without a code keeps the kind its HTTP status
// gives (a 500 with no code is a failing server, retried; a 403 is forbidden).
import { kragleErrorCode } from '../../core/kragle/error-codes'
import { AdapterError } from '../types'

const MAX_MSG_CHARS = 300

const bodyObject = (body: unknown): Record<string, unknown> | null => {
  const one: unknown = Array.isArray(body) && body.length === 1 ? body[0] : body
  return typeof one === 'object' && one !== null && !Array.isArray(one)
    ? (one as Record<string, unknown>)
    : null
}

/** The Kragle error code (1 or more) an AdapterError carries, or null. */
export function kragleCode(error: unknown): number | null {
  if (!(error instanceof AdapterError)) return null
  const code = bodyObject(error.details.body)?.code
  return typeof code === 'number' && Number.isInteger(code) && code > 0 ? code : null
}

/** Kragle's own words for an error, when it sent some. */
export function kragleMessage(error: unknown): string | null {
  if (!(error instanceof AdapterError)) return null
  const msg = bodyObject(error.details.body)?.msg
  if (typeof msg !== 'string' || msg.trim() === '') return null
  return msg.length > MAX_MSG_CHARS ? `${msg.slice(0, MAX_MSG_CHARS)}…` : msg
}

/** Re-types an error from the HTTP client by its Kragle code, with the code's sentence. */
export function fromKragle(error: unknown): unknown {
  const code = kragleCode(error)
  if (code === null || !(error instanceof AdapterError)) return error
  const meaning = kragleErrorCode(code)
  const said = kragleMessage(error)
  const message = said === null ? meaning.sentence : `${meaning.sentence} Kragle said: ${said}`
  return new AdapterError(meaning.kind, message, error.details)
}
