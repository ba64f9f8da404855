// The proxy could not log in to the backend (wrong credentials, none configured, backend
// unreachable): the forwarded call is answered 503 with this message, which must name what to fix
// and never hold a secret.
export class BackendLoginError extends Error {
  override readonly name = 'BackendLoginError'
}
