// Kragle answers every error with HTTP 500 and {code, msg}; the code says what kind it is.
// (403 is the one other status: a private type, or no session.)
import { AdapterError } from '../types'
import type { AdapterErrorKind } from '../types'

const KINDS: Record<number, AdapterErrorKind> = {
  1: 'bad-request',
  2: 'bad-request',
  3: 'forbidden',
  4: 'validation',
  6: 'not-found',
  7: 'validation',
  9: 'validation',
  20: 'forbidden',
}

/** The Kragle error code an AdapterError carries, or null. */
export function kragleCode(error: unknown): number | null {
  if (!(error instanceof AdapterError)) return null
  const body = error.details.body
  if (typeof body !== 'object' || body === null) return null
  const code = (body as Record<string, unknown>).code
  return typeof code === 'number' ? code : null
}

/** Re-types an error from the HTTP client by its Kragle code. */
export function fromKragle(error: unknown): unknown {
  const code = kragleCode(error)
  if (code === null || !(error instanceof AdapterError)) return error
  const kind = KINDS[code] ?? error.kind
  return new AdapterError(kind, error.message, error.details)
}
