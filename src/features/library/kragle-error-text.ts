// Kragle's error codes as plain sentences for the block library (the backend's own message is
// shown beside them as the detail).
const SENTENCES: Record<number, string> = {
  1: 'Kragle did not understand the request.',
  2: 'What was sent is not valid JSON.',
  3: 'You are not allowed to do this: only the owner of a block type may change it, and only when signed in.',
  4: 'Some of the details are missing or not allowed.',
  6: 'Kragle could not find it.',
  7: 'The remote definition could not be read as JSON.',
  9: 'The definition does not have the structure of a block: io with input and output, actions, state and initial_state.',
  20: 'This block type is approved and public, so its definition and whether it is remote can no longer change.',
}

export interface ErrorText {
  sentence: string
  /** The backend's own words, when they add something. */
  detail: string | null
}

const codeOf = (error: unknown): number | null => {
  const body = (error as { details?: { body?: unknown } } | null)?.details?.body
  if (typeof body !== 'object' || body === null) return null
  const code = (body as Record<string, unknown>).code
  return typeof code === 'number' ? code : null
}

export function kragleErrorText(error: unknown): ErrorText {
  const message = error instanceof Error ? error.message : String(error)
  const code = codeOf(error)
  const sentence = code === null ? undefined : SENTENCES[code]
  if (sentence === undefined) return { sentence: message || 'Something went wrong.', detail: null }
  return { sentence, detail: message && message !== sentence ? message : null }
}
