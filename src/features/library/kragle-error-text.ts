// Kragle's error codes as plain sentences for the block library (core/kragle/error-codes.ts, the
// table the adapter uses too); Kragle's own message is shown beside them as the detail.
import { KRAGLE_ERROR_CODES } from '../../core/kragle/error-codes'

export interface ErrorText {
  sentence: string
  /** The backend's own words, when they add something. */
  detail: string | null
}

const bodyOf = (error: unknown): Record<string, unknown> | null => {
  const body = (error as { details?: { body?: unknown } } | null)?.details?.body
  const one: unknown = Array.isArray(body) && body.length === 1 ? body[0] : body
  return typeof one === 'object' && one !== null ? (one as Record<string, unknown>) : null
}

export function kragleErrorText(error: unknown): ErrorText {
  const message = error instanceof Error ? error.message : String(error)
  const body = bodyOf(error)
  const code = typeof body?.code === 'number' ? body.code : null
  const sentence = code === null ? undefined : KRAGLE_ERROR_CODES[code]?.sentence
  if (sentence === undefined) return { sentence: message || 'Something went wrong.', detail: null }
  const said = typeof body?.msg === 'string' && body.msg.trim() !== '' ? body.msg : null
  return { sentence, detail: said && said !== sentence ? said : null }
}
