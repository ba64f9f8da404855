// Calls the Drumee reference backend in-process (app.request) as the reference user of a chosen
// level: it logs in once per level (POST /-/svc/yp.login) and sends the session cookie it got.
// Used by its tests only.
import type { TestServer } from '../../test-support'
import { loadOrCreateNamedReferenceKey } from '../reference-keys'
import { IDENTS } from './provision'
import { DRUMEE_MOUNT } from './reference-backend'

export type KeyLevel = 'anonymous' | 'read' | 'write' | 'delete' | 'admin'

export interface DrumeeAnswer {
  status: number
  body: Record<string, unknown>
  headers: Headers
}

const parse = (text: string): Record<string, unknown> =>
  (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>

export const drumeeClient = (server: TestServer) => {
  const cookies = new Map<string, string>()

  const login = async (ident: string, password: string): Promise<Response> =>
    server.app.request(`${DRUMEE_MOUNT}/-/svc/yp.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ vars: { ident, password } }),
    })

  const cookieOf = async (level: KeyLevel): Promise<string | null> => {
    if (level === 'anonymous') return null
    const known = cookies.get(level)
    if (known !== undefined) return known
    const ident = IDENTS[level]
    const response = await login(ident, await loadOrCreateNamedReferenceKey(server.dataDir, ident))
    const cookie = response.headers.getSetCookie()[0]?.split(';')[0]
    if (cookie === undefined) throw new Error(`the reference refused the ${level} user's login`)
    cookies.set(level, cookie)
    return cookie
  }

  return {
    login,
    /** Forgets the sessions this client holds (after the hub forgot them). */
    forget: () => cookies.clear(),
    async call(
      service: string,
      params: unknown = {},
      level: KeyLevel = 'admin',
      headers: Record<string, string> = {},
    ): Promise<DrumeeAnswer> {
      const cookie = await cookieOf(level)
      const response = await server.app.request(`${DRUMEE_MOUNT}/-/svc/block.${service}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(cookie === null ? {} : { cookie }),
          ...headers,
        },
        body: typeof params === 'string' ? params : JSON.stringify(params),
      })
      return {
        status: response.status,
        body: parse(await response.text()),
        headers: response.headers,
      }
    },
    /** The same service by another method (a hub answers POST only). */
    async other(method: string, service: string, query: Record<string, string>) {
      const cookie = await cookieOf('admin')
      const search = new URLSearchParams(query).toString()
      const response = await server.app.request(
        `${DRUMEE_MOUNT}/-/svc/block.${service}?${search}`,
        { method, headers: cookie === null ? {} : { cookie } },
      )
      return { status: response.status, text: await response.text(), headers: response.headers }
    },
  }
}
