// Request guards in Basker's order: API key (401), per-key rate limit (429), API version and
// tenant (404).
import type { MiddlewareHandler } from 'hono'
import { jsonError } from '../../http/errors'
import { hashKey } from '../reference-keys'
import { API_VERSIONS } from './collections'
import type { BaskerEnv } from './env'
import type { RateLimiter } from './rate-limiter'
import type { BaskerRepository } from './repository'

const AUTH_PATTERN = /^users API-Key (\S+)$/

export const requireApiKey =
  (repo: BaskerRepository): MiddlewareHandler<BaskerEnv> =>
  async (c, next) => {
    const header = c.req.header('authorization')
    if (header === undefined || header === '') {
      return jsonError(
        c,
        401,
        'Missing Authorization header; send "Authorization: users API-Key <key>".',
      )
    }
    const match = AUTH_PATTERN.exec(header)
    if (!match?.[1]) {
      return jsonError(
        c,
        401,
        'Unsupported Authorization scheme; send "Authorization: users API-Key <key>" (Bearer tokens are not accepted).',
      )
    }
    const keyHash = hashKey(match[1])
    if (!(await repo.keyExists(keyHash))) return jsonError(c, 401, 'The API key is not valid.')
    c.set('keyHash', keyHash)
    await next()
  }

export const rateLimit =
  (limiter: RateLimiter): MiddlewareHandler<BaskerEnv> =>
  async (c, next) => {
    const budget = c.req.method === 'GET' || c.req.method === 'HEAD' ? 'read' : 'write'
    const decision = limiter.take(c.get('keyHash'), budget)
    if (!decision.allowed) {
      c.header('Retry-After', String(decision.retryAfterSeconds))
      return jsonError(
        c,
        429,
        `Rate limit exceeded for ${budget}s on this API key; retry after ${decision.retryAfterSeconds} s.`,
      )
    }
    await next()
  }

export const requireVersionAndTenant =
  (repo: BaskerRepository): MiddlewareHandler<BaskerEnv> =>
  async (c, next) => {
    const version = c.req.param('version') ?? ''
    if (!API_VERSIONS.includes(version)) {
      return jsonError(
        c,
        404,
        `API version "${version}" does not exist; supported versions: ${API_VERSIONS.join(', ')}.`,
      )
    }
    const tenant = c.req.param('tenant') ?? ''
    if (!(await repo.tenantExists(tenant))) {
      return jsonError(c, 404, `Tenant "${tenant}" does not exist.`)
    }
    c.set('tenant', tenant)
    await next()
  }
