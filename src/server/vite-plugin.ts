// Mounts the server inside `vite` (npm run dev): /api, /ref and /__test are answered by the same
// Hono app as in production, through @hono/node-server's request listener; Vite serves the rest.
import { getRequestListener } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import type { Plugin, ViteDevServer } from 'vite'
import { createServer, originOf, type ServerHandle } from './app'
import { loadConfig } from './config'
import { PRODUCTION_CSP, securityHeaderValues } from './http/security-headers'

// Vite's dev client needs inline scripts (React refresh preamble), eval-based source maps and a
// websocket for HMR. Relaxed here only; production keeps PRODUCTION_CSP.
export const DEV_CSP = PRODUCTION_CSP.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
).replace("connect-src 'self'", "connect-src 'self' ws: wss:")

const SERVER_PATHS = /^\/(api|ref|__test)(\/|\?|$)/

const listenOrigin = (vite: ViteDevServer, host: string): string | null => {
  const address = vite.httpServer?.address()
  if (!address || typeof address === 'string') return null
  return originOf(host, (address as AddressInfo).port)
}

export const editorServerPlugin = (): Plugin => ({
  name: 'editor-server',
  apply: 'serve',
  // PORT and HOST mean the same under `npm run dev` as under `npm start`.
  config: () => {
    if (process.env.VITEST) return {}
    const { port, host } = loadConfig()
    return { server: { port, host } }
  },
  async configureServer(vite) {
    // Vitest loads this config too; its runs must not open a database.
    if (process.env.VITEST) return
    const config = loadConfig()
    const port = vite.config.server.port ?? config.port
    const handle: ServerHandle = await createServer(
      { ...config, port },
      { contentSecurityPolicy: DEV_CSP, serveStatic: false },
    )
    const listener = getRequestListener(handle.app.fetch)
    const headers = securityHeaderValues(DEV_CSP)

    vite.httpServer?.once('listening', () => {
      const origin = listenOrigin(vite, config.host)
      if (origin) handle.setOrigin(origin)
    })
    vite.httpServer?.once('close', () => void handle.close())

    vite.middlewares.use((req, res, next) => {
      if (SERVER_PATHS.test(req.url ?? '')) {
        void listener(req, res)
        return
      }
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
      next()
    })
  },
})
