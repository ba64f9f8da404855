// Where a request comes from, as the socket says (never a header a client could write). Requests
// made in-process (app.request in tests) have no socket and no address.
import type { Context } from 'hono'
import type { IncomingMessage } from 'node:http'
import { isLoopbackHost } from './loopback'

const socketOf = (c: Context): IncomingMessage['socket'] | null => {
  const env: unknown = c.env
  if (typeof env !== 'object' || env === null || !('incoming' in env)) return null
  const incoming = (env as { incoming?: IncomingMessage }).incoming
  return incoming?.socket ?? null
}

/** The peer's IP address, or null for an in-process request. */
export const clientAddress = (c: Context): string | null => socketOf(c)?.remoteAddress ?? null

/** True when the peer is this machine: a loopback address or one of our own (same as the local end). */
export const fromThisMachine = (c: Context): boolean => {
  const socket = socketOf(c)
  const remote = socket?.remoteAddress
  if (!socket || remote === undefined) return false
  const bare = remote.replace(/^::ffff:/, '')
  return isLoopbackHost(bare) || remote === socket.localAddress
}
