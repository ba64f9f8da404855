// Shared by every backend's classify.ts: the route a proxied request reaches, as the backend will
// see it. Classifiers judge a request by what it does, never by its method alone, so they must
// read the path the way the backend's router will (percent-decoded, without the query or trailing
// slashes) and the parameters wherever the backend accepts them (body or query).

export const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD'])

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The decoded path without query and trailing slashes; null when it cannot be decoded. */
export const routeOf = (path: string): string | null => {
  const raw = path.split('?')[0] ?? ''
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return null
  }
  return decoded.replace(/\/{2,}/g, '/').replace(/\/+$/, '')
}

/** The query parameters of a proxied path (empty when there are none). */
export const queryOf = (path: string): URLSearchParams => {
  const at = path.indexOf('?')
  return new URLSearchParams(at === -1 ? '' : path.slice(at + 1))
}
