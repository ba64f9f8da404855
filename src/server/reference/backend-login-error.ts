// The proxy could not log in to the backend: the forwarded call is answered 503 with this message
// (which names what to fix and never holds a secret) and its code in `errors[0]` (path
// `backend-login`), so an adapter can tell wrong credentials (retrying cannot help) from a
// backend that could not be reached (retrying may).
export type BackendLoginCode = 'WRONG_CREDENTIALS' | 'NO_CREDENTIALS' | 'LOGIN_FAILED'

export class BackendLoginError extends Error {
  override readonly name = 'BackendLoginError'

  constructor(
    message: string,
    readonly code: BackendLoginCode = 'LOGIN_FAILED',
  ) {
    super(message)
  }
}
