import type { MiddlewareHandler } from 'hono'

export const PRODUCTION_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // Third-party images are not loaded: a stored <img src=https://…> would be a tracking beacon.
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  // A form injected into rendered content must not post anywhere else.
  "form-action 'self'",
].join('; ')

export const securityHeaderValues = (csp: string): Record<string, string> => ({
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
})

/** Sets the security headers on every response, errors and proxied answers included. */
export const securityHeaders =
  (csp: string = PRODUCTION_CSP): MiddlewareHandler =>
  async (c, next) => {
    await next()
    for (const [name, value] of Object.entries(securityHeaderValues(csp))) {
      // A stricter policy set by the route (the proxy's sandbox) stays.
      if (name === 'Content-Security-Policy' && c.res.headers.has(name)) continue
      c.header(name, value)
    }
  }
