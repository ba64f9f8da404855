// At start the server runs the read-only checks once and logs one line per failure (never a
// secret: the lines hold the backend's own messages, which the proxy has already redacted).
import type { Hono } from 'hono'
import type { Db } from '../storage/db'
import { formatResult } from './checks'
import { asAdmin, runDoctor } from './run'

export async function startupChecks(
  app: Pick<Hono, 'fetch'>,
  db: Db,
  origin: string,
  log: (line: string) => void,
): Promise<void> {
  try {
    const results = await asAdmin(db, origin, (access) => runDoctor(app, access, { write: false }))
    for (const result of results) {
      if (result.status === 'fail') log(`doctor: ${formatResult(result)}`)
    }
  } catch (error) {
    log(`doctor: the checks could not run: ${error instanceof Error ? error.message : error}`)
  }
}
