// Mounts the server inside `vite` (npm run dev): /api, /ref and /__test are answered by the same
// Hono app as in production, through @hono/node-server's request listener; Vite serves the rest.
import { getRequestListener } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import type { Plugin, ViteDevServer } from 'vite'
import type * as AppModule from './app'
import { loadConfig } from './config.ts'
import { PRODUCTION_CSP, securityHeaderValues } from './http/security-headers.ts'

// Vite's dev client needs inline scripts (React refresh preamble), eval-based source maps and a
// websocket for HMR. Relaxed here only; production keeps PRODUCTION_CSP.
export const DEV_CSP = PRODUCTION_CSP.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
).replace("connect-src 'self'", "connect-src 'self' ws: wss:")

const SERVER_PATHS = /^\/(api|ref|__test)(\/|\?|$)/

/**
 * The server is loaded at dev-server start with tsx (as `npm start` runs it), not bundled into
 * Vite's config: the config stays small and Vite's config loader need not follow server imports.
 */
const loadApp = async (root: string): Promise<typeof AppModule> => {
  const url = pathToFileURL(resolve(root, 'src/server/app.ts')).href
  return (await tsImport(url, import.meta.url)) as typeof AppModule
}

const listenPort = (vite: ViteDevServer): number | null => {
  const address = vite.httpServer?.address()
  if (!address || typeof address === 'string') return null
  return (address as AddressInfo).port
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
    const { createServer, originOf } = await loadApp(vite.config.root)
    const port = vite.config.server.port ?? config.port
    const handle = await createServer(
      { ...config, port },
      { contentSecurityPolicy: DEV_CSP, serveStatic: false },
    )
    // Vite shares this process: leave its global Request/Response alone.
    const listener = getRequestListener(handle.app.fetch, { overrideGlobalObjects: false })
    const headers = securityHeaderValues(DEV_CSP)

    vite.httpServer?.once('listening', () => {
      const actual = listenPort(vite)
      if (actual !== null) handle.setOrigin(originOf(config.host, actual))
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
