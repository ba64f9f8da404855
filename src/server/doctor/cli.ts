// `npm run doctor`: checks the configured backend (the same environment as `npm start`) through
// the real server, started in-process on a free loopback port, and prints one line per check
// with what to fix. Exit code 1 when a check failed.
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { createServer, originOf } from '../app'
import { ConfigError, loadConfig } from '../config'
import { formatResult } from './checks'
import { asAdmin, runDoctor } from './run'

const main = async (): Promise<number> => {
  const config = { ...loadConfig(), port: 0, host: '127.0.0.1' }
  const where = config.backendUrl ? new URL(config.backendUrl).host : 'the built-in reference'
  console.log(`Checking ${config.backend} at ${where}…`)
  const handle = await createServer(config, { serveStatic: false, log: () => undefined })
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve(
      { fetch: handle.app.fetch, port: 0, hostname: '127.0.0.1' },
      (info: AddressInfo) => {
        handle.setOrigin(originOf('127.0.0.1', info.port))
        resolve(listening)
      },
    )
  })
  try {
    const address = server.address() as AddressInfo
    const origin = originOf('127.0.0.1', address.port)
    const results = await asAdmin(handle.db, origin, (access) =>
      runDoctor(handle.app, access, { write: true }),
    )
    for (const result of results) console.log(formatResult(result))
    return results.some((r) => r.status === 'fail') ? 1 : 0
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await handle.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`)
    else if (error instanceof Error && /lock|already in use|EBUSY/i.test(error.message)) {
      console.error(
        `Cannot open the data directory (${error.message}). Stop the server first, or run the checks on its Connection page.`,
      )
    } else console.error('The doctor failed:', error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
