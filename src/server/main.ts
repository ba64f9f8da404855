// Entry point of `npm start` / `npm run serve`: the built app, /api and the reference backends on
// one port. Configuration comes from the environment (see config.ts and README.md).
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { createServer, originOf } from './app'
import { ConfigError, loadConfig } from './config'
import { startupChecks } from './doctor/startup'

const SHUTDOWN_GRACE_MS = 5_000

const start = async (): Promise<void> => {
  const config = loadConfig()
  const handle = await createServer(config)
  const server = serve(
    { fetch: handle.app.fetch, port: config.port, hostname: config.host },
    (info: AddressInfo) => {
      const origin = originOf(config.host, info.port)
      handle.setOrigin(origin)
      console.log(`Editor running at http://${config.host}:${info.port}`)
      // Read-only checks of the backend; one log line per failure (`npm run doctor` for all).
      void startupChecks(handle.app, handle.db, origin, (line) => console.log(line))
    },
  )
  // Idle kept-alive sockets outlive the clients' and proxies' own idle timeouts (commonly 60 s):
  // a server closing a socket just as a client reuses it resets that request (ECONNRESET).
  // None of Node's timeouts (keepAliveTimeout between requests, headersTimeout and the default
  // requestTimeout while a request is received, socket timeout 0) cuts a live stream's long
  // answer; its `: ping` every 15 s keeps proxies' idle timeouts from cutting it either.
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = 65_000
    server.headersTimeout = 66_000
  }
  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'EADDRINUSE'
        ? `port ${config.port} is already in use (set PORT)`
        : error.message
    console.error(`Cannot listen on ${config.host}:${config.port}: ${reason}`)
    void handle.close().finally(() => process.exit(1))
  })

  let stopping = false
  const stop = (signal: string): void => {
    if (stopping) return
    stopping = true
    console.log(`${signal} received, shutting down`)
    // Requests in flight may finish; anything still open after the grace period is cut.
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref()
    // Live streams never end by themselves; their tabs reconnect (to another server, if any).
    handle.live.endStreams()
    server.close(() => {
      void handle.close().then(
        () => process.exit(0),
        () => process.exit(1),
      )
    })
    if ('closeIdleConnections' in server) server.closeIdleConnections()
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

start().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`)
  else console.error('The server failed to start:', error)
  process.exit(1)
})
