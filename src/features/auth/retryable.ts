// Whether trying the same request again could succeed: after no answer, a timeout, a busy or
// failing server. A refusal (not logged in, not allowed, invalid) would only be refused again, so
// no "Try again" is offered for it.
import { SessionError } from './session-api'

export function isRetryable(error: unknown): boolean {
  if (!(error instanceof SessionError)) return false
  const { status } = error
  return status === 0 || status === 408 || status === 429 || status >= 500
}
