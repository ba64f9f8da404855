// Kragle's parameters: GET ones in the query string with booleans as 0/1, POST/PUT ones at the top
// level of a JSON object body. A bad query is code 1, a body that is not JSON code 2, a wrong
// parameter code 4.
import type { Context } from 'hono'
import { fail, KRAGLE_CODES } from './errors'

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const queryBoolean = (c: Context, name: string): boolean => {
  const raw = c.req.query(name)
  if (raw === undefined || raw === '0' || raw === 'false') return false
  if (raw === '1' || raw === 'true') return true
  return fail(KRAGLE_CODES.badQuery, `${name} must be 0 or 1.`)
}

export const queryPage = (c: Context): number => {
  const raw = c.req.query('page')
  if (raw === undefined || raw === '') return 1
  if (!/^[1-9][0-9]{0,6}$/.test(raw)) {
    return fail(KRAGLE_CODES.badQuery, 'page must be a whole number from 1.')
  }
  return Number(raw)
}

/** A positive integer id from the path; anything else names no record (code 6). */
export const pathId = (raw: string | undefined, what: string): number => {
  if (raw !== undefined && /^[1-9][0-9]{0,8}$/.test(raw)) return Number(raw)
  return fail(KRAGLE_CODES.notFound, `No ${what} with id "${raw ?? ''}".`)
}

/** Parses a request body; code 2 when it is not JSON, code 4 when it is not an object. */
export const parseBodyText = (text: string): Record<string, unknown> => {
  if (text.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return fail(KRAGLE_CODES.invalidJson, 'The request body is not valid JSON.')
  }
  if (!isObject(parsed)) return fail(KRAGLE_CODES.badPayload, 'The body must be a JSON object.')
  return parsed
}

export const optionalBoolean = (
  body: Record<string, unknown>,
  name: string,
): boolean | undefined => {
  const value = body[name]
  if (value === undefined) return undefined
  if (typeof value === 'boolean') return value
  return fail(KRAGLE_CODES.badPayload, `${name} must be true or false.`)
}

export const optionalName = (body: Record<string, unknown>, what: string): string | undefined => {
  const value = body.name
  if (value === undefined) return undefined
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 200) return value.trim()
  return fail(
    KRAGLE_CODES.badPayload,
    `name must be a non-empty string of at most 200 characters (${what}).`,
  )
}
