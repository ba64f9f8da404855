// The doctor against the real server and each built-in reference backend, in-process through the
// proxy: every check passes on each reference, and a wrong key, a wrong password and an
// unreachable URL are each named with what to fix.
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { describe, expect, it } from 'vitest'
import { createServer, originOf } from '../app'
import { loadConfig } from '../config'
import type { CheckResult } from './checks'
import { asAdmin, runDoctor } from './run'

const SLOW = 120_000

async function doctorWith(env: Record<string, string>): Promise<CheckResult[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'doctor-'))
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', ...env })
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
    const origin = originOf('127.0.0.1', (server.address() as AddressInfo).port)
    return await asAdmin(handle.db, origin, (access) =>
      runDoctor(handle.app, access, { write: true }),
    )
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await handle.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

const statuses = (results: CheckResult[]) =>
  Object.fromEntries(results.map((r) => [r.id, r.status]))

describe('npm run doctor on each built-in reference', () => {
  it.each(['basker', 'tines', 'omerlo', 'kragle', 'drumee'])(
    'passes every check on %s',
    async (backend) => {
      const results = await doctorWith({ BACKEND: backend })
      expect(results.map((r) => r.id)).toEqual([
        'reachable',
        'credentials',
        'records',
        'record',
        'block-types',
        'write',
      ])
      expect(results.filter((r) => r.status === 'fail')).toEqual([])
      // Drumee stores every write as a new version: no write is harmless there.
      expect(results.at(-1)?.status).toBe(backend === 'drumee' ? 'skip' : 'pass')
    },
    SLOW,
  )
})

describe('npm run doctor names the problem', () => {
  it(
    'for a wrong key',
    async () => {
      const results = await doctorWith({ BACKEND: 'basker', BACKEND_API_KEY: 'not-the-key' })
      expect(statuses(results)).toMatchObject({
        reachable: 'pass',
        credentials: 'fail',
        records: 'skip',
      })
      const failed = results.find((r) => r.id === 'credentials')
      expect(failed?.fix).toMatch(/BACKEND_API_KEY/)
      expect(JSON.stringify(results)).not.toContain('not-the-key')
    },
    SLOW,
  )

  it(
    'for a wrong password',
    async () => {
      // BACKEND_API_KEY is still read as Kragle's password; BACKEND_PASSWORD is the new name.
      const results = await doctorWith({
        BACKEND: 'kragle',
        BACKEND_API_KEY: 'wrong-password',
        BACKEND_PASSWORD: 'wrong-password',
      })
      expect(statuses(results)).toMatchObject({ reachable: 'pass', credentials: 'fail' })
      expect(results.find((r) => r.id === 'credentials')?.fix).toMatch(
        /BACKEND_USERNAME and BACKEND_PASSWORD/,
      )
      expect(JSON.stringify(results)).not.toContain('wrong-password')
    },
    SLOW,
  )

  it(
    'for an unreachable URL',
    async () => {
      const results = await doctorWith({ BACKEND: 'basker', BACKEND_URL: 'http://127.0.0.1:9' })
      expect(statuses(results)).toEqual({
        reachable: 'fail',
        credentials: 'skip',
        records: 'skip',
        record: 'skip',
        'block-types': 'skip',
        write: 'skip',
      })
      expect(results[0]?.fix).toMatch(/BACKEND_URL/)
    },
    SLOW,
  )
})
