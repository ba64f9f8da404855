// Kragle answers every error with HTTP 500 and `{code, msg}` (documented codes below). The one
// exception it documents is 403 for a private block type read without authentication; this
// reference also answers 403 `{code: 3}` for any call that needs a session and has none, and for
// a write to a block type the caller does not own (code 3 is ours: Kragle names no code for it).
import type { Context } from 'hono'

export const KRAGLE_CODES = {
  badQuery: 1,
  invalidJson: 2,
  forbidden: 3,
  badPayload: 4,
  notFound: 6,
  remoteNotJson: 7,
  invalidStructure: 9,
  approvedReadOnly: 20,
} as const

export type KragleCode = (typeof KRAGLE_CODES)[keyof typeof KRAGLE_CODES]

/** An error a handler throws; the app's error handler turns it into Kragle's answer. */
export class KragleError extends Error {
  constructor(
    readonly code: KragleCode,
    message: string,
  ) {
    super(message)
    this.name = 'KragleError'
  }
}

export const kragleAnswer = (c: Context, code: number, msg: string): Response =>
  c.json({ code, msg }, code === KRAGLE_CODES.forbidden ? 403 : 500)

export const fail = (code: KragleCode, msg: string): never => {
  throw new KragleError(code, msg)
}
