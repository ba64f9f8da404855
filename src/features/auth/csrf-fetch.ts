// The fetch the app's adapters use: every write to /api carries the session's CSRF token, and a
// 401 (the session expired or was ended elsewhere) tells the app to ask for a login again.
type Fetch = (input: string, init?: RequestInit) => Promise<Response>

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

export function csrfFetch(options: {
  token: () => string | null
  onUnauthorized: () => void
  header: string
  fetch?: Fetch
}): Fetch {
  const doFetch: Fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  return async (input, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase()
    const token = options.token()
    let next = init
    if (!SAFE.has(method) && token !== null) {
      const headers = new Headers(init.headers)
      headers.set(options.header, token)
      next = { ...init, headers }
    }
    const response = await doFetch(input, next)
    if (response.status === 401) options.onUnauthorized()
    return response
  }
}
