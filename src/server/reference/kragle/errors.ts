// Kragle answers every error with HTTP 500 and `{code, msg}` (vendor-facts.md: codes 1–27, "any
// endpoint may return any code"). The one other status it documents is 403, for a private block
// type read without authentication; this reference answers that 403 with `{code: 3}` (no session)
// or `{code: 23}` (another user's private type), since Kragle documents no body for it.
import type { Context } from 'hono'

export const KRAGLE_CODES = {
  badQuery: 1,
  invalidJson: 2,
  badLogin: 3,
  badPayload: 4,
  typeNameTaken: 5,
  notFound: 6,
  remoteNotJson: 7,
  invalidStructure: 9,
  stackNameTaken: 10,
  approvedReadOnly: 20,
  unknownTypeInStack: 22,
  notOwnedOrPublic: 23,
} as const

export type KragleCode = (typeof KRAGLE_CODES)[keyof typeof KRAGLE_CODES]

/** An error a handler throws; the app's error handler turns it into Kragle's answer. */
export class KragleError extends Error {
  constructor(
    readonly code: KragleCode,
    message: string,
    /** 500 for every error but the documented 403 of a private block type. */
    readonly status: 403 | 500 = 500,
  ) {
    super(message)
    this.name = 'KragleError'
  }
}

export const kragleAnswer = (c: Context, code: number, msg: string, status: 403 | 500 = 500) =>
  c.json({ code, msg }, status)

export const fail = (code: KragleCode, msg: string, status: 403 | 500 = 500): never => {
  throw new KragleError(code, msg, status)
}
