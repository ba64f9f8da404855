// A client for the Kragle reference backend through app.request, for the server's tests.
import type { ServerHandle } from '../../app'

export const kragleClient = (server: ServerHandle) => {
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    server.app.request(`/ref/kragle/api/v1${path}`, {
      method,
      headers: {
        ...headers,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    })
  /** Logs in and returns the Cookie header value of the session. */
  const login = async (password: string): Promise<string> => {
    const response = await call('POST', '/authenticate', { username: 'editor', password })
    const cookie = response.headers.get('set-cookie') ?? ''
    if (response.status !== 200 || cookie === '') throw new Error(`login: ${response.status}`)
    return cookie.split(';')[0] ?? ''
  }
  return { call, login }
}

export const json = async (response: Response): Promise<Record<string, unknown>> =>
  (await response.json()) as Record<string, unknown>
