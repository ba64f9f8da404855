// Kragle's error codes 1–27 (vendor-facts.md: every error is HTTP 500 `{code, msg}`, and "any
// endpoint may return any code"): what each means in a sentence, what kind of failure it is for
// the sync layer, and whether trying again can help. Only code 3 (the session is gone) is worth
// one more try, after a new login; every other code, and any code not listed, is final: a request
// Kragle refused for what it is does not succeed by being sent again.

export type KragleErrorKind = 'auth' | 'bad-request' | 'validation' | 'not-found' | 'forbidden'

export interface KragleErrorCode {
  sentence: string
  kind: KragleErrorKind
  /** True only for code 3: once, after logging in again. */
  retryAfterLogin: boolean
}

const final = (kind: KragleErrorKind, sentence: string): KragleErrorCode => ({
  sentence,
  kind,
  retryAfterLogin: false,
})

export const KRAGLE_ERROR_CODES: Readonly<Record<number, KragleErrorCode>> = {
  1: final('bad-request', 'Kragle did not understand the request.'),
  2: final('bad-request', 'What was sent is not valid JSON.'),
  3: {
    sentence: 'Kragle did not accept the login: the session ended or the credentials are wrong.',
    kind: 'auth',
    retryAfterLogin: true,
  },
  4: final('validation', 'Some of the details are missing or not allowed.'),
  5: final('validation', 'A block type with this name already exists.'),
  6: final('not-found', 'Kragle could not find it.'),
  7: final('validation', 'The remote definition could not be read as JSON.'),
  8: final('validation', 'This is not a valid block type.'),
  9: final(
    'validation',
    'The definition does not have the structure of a block: io with input and output, actions, state and initial_state.',
  ),
  10: final('validation', 'A stack with this name already exists.'),
  11: final('bad-request', 'Kragle was sent extra arguments it does not accept.'),
  12: final('validation', 'This job already exists.'),
  13: final('validation', 'A block may have only one URI action.'),
  14: final('validation', 'The input for validation is not valid.'),
  15: final('validation', 'The input for conversion is not valid.'),
  16: final('validation', 'The schema is not valid.'),
  17: final('validation', 'Kragle could not convert the data.'),
  18: final('validation', 'The data did not pass validation.'),
  19: final('validation', 'The schema URI is not valid.'),
  20: final(
    'forbidden',
    'This block type is approved and public, so its definition and whether it is remote can no longer change.',
  ),
  21: final('validation', 'The schema URI is not valid.'),
  22: final('validation', 'The stack uses a block type that does not exist.'),
  23: final(
    'forbidden',
    'The stack uses a block type that is neither yours nor public, or you may not change it.',
  ),
  24: final('validation', 'Kragle refused the stack.'),
  25: final('validation', 'Kragle refused the schedule.'),
  26: final('validation', 'The schedule configuration is not valid.'),
  27: final('validation', 'The schedule is in use.'),
}

/** The meaning of `code`; an unknown code is a final bad request naming the code. */
export function kragleErrorCode(code: number): KragleErrorCode {
  return (
    KRAGLE_ERROR_CODES[code] ??
    final(
      'bad-request',
      `Kragle answered with error code ${code}, which this editor does not know.`,
    )
  )
}
