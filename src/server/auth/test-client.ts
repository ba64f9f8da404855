// Test helpers for the auth layer: a real server listening on a port, users created straight in
// its database, and a client that logs in over HTTP and keeps its cookie and CSRF token.
import { serve, type ServerType } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import type { Role } from '../../core/roles'
import { originOf } from '../app'
import type { ServerConfig } from '../config'
import { startTestServer, type TestServer } from '../test-support'
import { SESSION_COOKIE } from './auth-state'
import { hashPassword } from './passwords'
import { createUserRepository } from './user-repository'

export const PASSWORD = 'correct horse battery'

export interface ListeningServer {
  server: TestServer
  origin: string
  stop(): Promise<void>
}

export const startListening = async (
  overrides: Partial<ServerConfig> = {},
): Promise<ListeningServer> => {
  const server = await startTestServer(overrides)
  const http = await new Promise<{ listener: ServerType; port: number }>((resolve) => {
    const listener = serve(
      { fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' },
      (info: AddressInfo) => resolve({ listener, port: info.port }),
    )
  })
  const origin = originOf('127.0.0.1', http.port)
  server.setOrigin(origin)
  return {
    server,
    origin,
    stop: async () => {
      server.live.endStreams()
      await new Promise<void>((resolve) => http.listener.close(() => resolve()))
      await server.dispose()
    },
  }
}

export const addUser = async (server: TestServer, email: string, role: Role): Promise<void> => {
  const users = createUserRepository(server.db)
  await users.create({
    email,
    name: email.split('@')[0] ?? email,
    role,
    passwordHash: await hashPassword(PASSWORD),
  })
}

export interface Client {
  cookie: string
  csrfToken: string
  /** A same-origin request as the app sends it: cookie, CSRF token and Origin. */
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>
}

export const login = async (origin: string, email: string): Promise<Client> => {
  const response = await fetch(`${origin}/api/session/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status}`)
  const cookie =
    response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0] ?? '')
      .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`)) ?? ''
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  return {
    cookie,
    csrfToken,
    call: (method, path, body, headers = {}) =>
      fetch(`${origin}${path}`, {
        method,
        headers: {
          Cookie: cookie,
          'X-CSRF-Token': csrfToken,
          Origin: origin,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  }
}
