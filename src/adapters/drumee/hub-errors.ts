// A hub's errors as sentences and retry decisions. A hub answers `{error, reason?, error_code,
// status, __ack__, data: []}` with 400 (user error), 412 (a mandatory parameter), 403
// (`<service>: PERMISSION_DENIED`) or 500; the error's key may be in `error`, `reason` or `status`,
// and some refusals arrive with HTTP 200 (a wrong login). The server's own answer when it could not
// log in to the hub is 503 with `errors[0]` at path `backend-login`. The kind decides what the
// editor does: conflict rebases, server/timeout/network retry, everything else stops and shows the
// sentence (an unknown key is never retried).
import { MAX_MESSAGE_CHARS } from '../http'
import { AdapterError } from '../types'
import type { AdapterErrorKind } from '../types'
import { isObject } from './hub-answers'

interface Known {
  kind: AdapterErrorKind
  sentence: string
}

const KNOWN: Record<string, Known> = {
  PERMISSION_DENIED: {
    kind: 'forbidden',
    sentence: "the server's Drumee user may not do this",
  },
  WRONG_CREDENTIALS: {
    kind: 'auth',
    sentence: "the hub refused the server's login (check BACKEND_USERNAME and BACKEND_PASSWORD)",
  },
  BLOCK_NAME_EXIST: { kind: 'conflict', sentence: 'a page with this name already exists' },
  BLOCK_NOT_FOUND: { kind: 'not-found', sentence: 'the hub has no such page or version' },
  NOT_PUBLISHED: {
    kind: 'bad-request',
    sentence: 'this page is not published in this device and language',
  },
  UNPUBLISH_TO_DELETE: { kind: 'bad-request', sentence: 'unpublish the page before deleting it' },
  CONFIRM_COPY_AS_NEW_PAGE: {
    kind: 'bad-request',
    sentence: 'the copy would be a new page and needs confirming',
  },
  LETC_TOO_DEEP: { kind: 'bad-request', sentence: 'the page is nested too deeply to store' },
  LETC_TOO_LARGE: { kind: 'bad-request', sentence: 'the page is too large to store' },
  METHOD_NOT_ALLOWED: { kind: 'bad-request', sentence: 'the hub answers POST only' },
}

const clip = (text: string): string =>
  text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}…` : text

const strings = (body: Record<string, unknown>): string[] =>
  [body.error, body.reason, body.status, body.message].filter(
    (value): value is string => typeof value === 'string' && value !== '',
  )

/** The known key an error body names (in any of its text fields), if any. */
const knownKey = (texts: readonly string[]): string | undefined =>
  Object.keys(KNOWN).find((key) => texts.some((text) => text.includes(key)))

const MANDATORY = /VARIABLE \*\*([\w.-]{1,40})\*\* IS MANDATORY/

/** Whether a 2xx answer is in fact a refusal (a wrong login, a user error answered 200). */
export const refusalIn = (reply: unknown): Record<string, unknown> | null => {
  if (!isObject(reply)) return null
  const inner = isObject(reply.data) ? reply.data : null
  for (const body of inner ? [reply, inner] : [reply]) {
    if (typeof body.error === 'string' && body.error !== '') return body
    if (body.status === 'WRONG_CREDENTIALS') return body
  }
  return null
}

/** A sentence and a kind for a hub's error body (or the server's login failure). */
export function hubError(
  service: string,
  status: number | undefined,
  body: unknown,
  fallback: AdapterError | null,
): AdapterError {
  const details = { ...(fallback?.details ?? {}), ...(status === undefined ? {} : { status }) }
  if (!isObject(body)) {
    return fallback ?? new AdapterError('malformed', `The hub refused ${service}.`, details)
  }
  const login = Array.isArray(body.errors) ? body.errors.find(isObject) : undefined
  if (status === 503 && login?.path === 'backend-login') {
    const message = clip(typeof body.message === 'string' ? body.message : 'Login failed.')
    const stop = login.code === 'WRONG_CREDENTIALS' || login.code === 'NO_CREDENTIALS'
    return new AdapterError(stop ? 'auth' : 'server', message, details)
  }
  const texts = strings(body)
  const key = knownKey(texts)
  const reason = typeof body.reason === 'string' ? body.reason : ''
  if (key !== undefined) {
    const known = KNOWN[key] as Known
    const why = reason !== '' && !reason.includes(key) ? ` (${reason})` : ''
    return new AdapterError(
      known.kind,
      clip(`The hub refused ${service}: ${known.sentence}${why} [${key}].`),
      details,
    )
  }
  const mandatory = texts.map((text) => MANDATORY.exec(text)?.[1]).find(Boolean)
  if (mandatory !== undefined || status === 412) {
    const what = mandatory === undefined ? 'a parameter it requires' : `the parameter ${mandatory}`
    return new AdapterError(
      'bad-request',
      clip(`The hub refused ${service}: it needs ${what}.`),
      details,
    )
  }
  const said = texts[0] ?? fallback?.message ?? 'no reason given'
  const kind = fallback?.kind ?? (status !== undefined && status >= 500 ? 'server' : 'bad-request')
  return new AdapterError(kind, clip(`The hub refused ${service}: ${said}.`), details)
}
