// Same-origin checks for writes. A browser names the page that sent a request in Origin (and in
// Sec-Fetch-Site); a write from any other site is refused whatever cookie it carries. Clients
// that are not browsers send neither header and are judged by their session and CSRF token.
import type { Context } from 'hono'
import { isLoopbackHost } from './loopback'

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

const requestHost = (c: Context): string => c.req.header('host') ?? new URL(c.req.url).host

/** A reason to refuse this write as cross-site, or null. */
export const crossSiteProblem = (c: Context): string | null => {
  const site = c.req.header('sec-fetch-site')
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return `Writes are accepted only from this editor's own pages (Sec-Fetch-Site: ${site}).`
  }
  const origin = c.req.header('origin')
  if (origin === undefined) return null
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return 'Writes are accepted only from this editor’s own pages (the Origin is not a URL).'
  }
  // Host only: behind a TLS proxy the server sees http:// while the browser says https://.
  return host === requestHost(c)
    ? null
    : `Writes are accepted only from this editor's own pages, not from ${origin}.`
}

/**
 * In local-admin mode every request must be addressed to a loopback name: a web page whose own
 * host name resolves to 127.0.0.1 (DNS rebinding) would otherwise be the admin.
 */
export const addressedToLoopback = (c: Context): boolean => {
  const host = requestHost(c)
  // Strip the port; keep brackets of an IPv6 literal for isLoopbackHost.
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]
  return isLoopbackHost(name ?? '')
}
