import type { MiddlewareHandler } from 'hono'

export const PRODUCTION_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
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
    for (const [name, value] of Object.entries(securityHeaderValues(csp))) c.header(name, value)
  }
