import { describe, expect, it } from 'vitest'
import { BACKEND_IDS } from '../core/backends'
import { loadConfig } from './config'

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({}, '/srv/editor')
    expect(config).toMatchObject({
      port: 5173,
      host: '127.0.0.1',
      dataDir: '/srv/editor/data',
      databaseUrl: null,
      backend: 'basker',
      backendUrl: null,
      backendApiKey: null,
      basker: { tenant: 'demo', apiVersion: '2026-02', rateReads: 100, rateWrites: 20 },
      bodyLimitBytes: 2 * 1024 * 1024,
      proxyTimeoutMs: 15_000,
      referenceTestHooks: false,
      distDir: '/srv/editor/dist',
    })
  })

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/editor',
      DATABASE_URL: 'postgres://u:p@db/editor',
      BACKEND_URL: 'https://api.basker.app/',
      BACKEND_API_KEY: 'k',
      BASKER_TENANT: 'royal-opera-house',
      BASKER_API_VERSION: '2025-07',
      BASKER_RATE_READS: '100',
      BASKER_RATE_WRITES: '20',
      BODY_LIMIT_BYTES: '1000',
      PROXY_TIMEOUT_MS: '500',
      REFERENCE_TEST_HOOKS: '1',
    })
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/editor',
      databaseUrl: 'postgres://u:p@db/editor',
      backendUrl: 'https://api.basker.app',
      backendApiKey: 'k',
      basker: {
        tenant: 'royal-opera-house',
        apiVersion: '2025-07',
        rateReads: 100,
        rateWrites: 20,
      },
      bodyLimitBytes: 1000,
      proxyTimeoutMs: 500,
      referenceTestHooks: true,
    })
  })

  it.each(BACKEND_IDS)('accepts BACKEND=%s: every known backend is implemented', (name) => {
    expect(loadConfig({ BACKEND: name }).backend).toBe(name)
  })

  it('accepts BACKEND=tines, its reference backend serving when BACKEND_URL is unset', () => {
    const config = loadConfig({ BACKEND: 'Tines' })
    expect(config.backend).toBe('tines')
    expect(config.backendUrl).toBeNull()
  })

  it('rejects unknown backends, bad numbers and credentials in BACKEND_URL', () => {
    expect(() => loadConfig({ BACKEND: 'wordpress' })).toThrow(/unknown; expected one of basker/)
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be an integer/)
    expect(() => loadConfig({ BASKER_RATE_WRITES: '0' })).toThrow(/BASKER_RATE_WRITES/)
    expect(() => loadConfig({ BACKEND_URL: 'ftp://x' })).toThrow(/http/)
    const withSecret = () => loadConfig({ BACKEND_URL: 'https://user:hunter2@api.example' })
    expect(withSecret).toThrow(/must not contain credentials/)
    expect(withSecret).not.toThrow(/hunter2/)
  })

  it('starts only the reference backend in use, none with BACKEND_URL, more on request', () => {
    expect(loadConfig({ BACKEND: 'omerlo' }).references).toEqual(['omerlo'])
    const external = { BACKEND: 'omerlo', BACKEND_URL: 'https://omerlo.example' }
    expect(loadConfig(external).references).toEqual([])
    expect(loadConfig({ ...external, REFERENCE_BACKENDS: 'omerlo' }).references).toEqual(['omerlo'])
    expect(loadConfig({ REFERENCE_BACKENDS: ' Kragle, tines ' }).references).toEqual([
      'basker',
      'tines',
      'kragle',
    ])
    expect(loadConfig({ REFERENCE_BACKENDS: 'all' }).references).toEqual([...BACKEND_IDS])
    expect(() => loadConfig({ REFERENCE_BACKENDS: 'wordpress' })).toThrow(/REFERENCE_BACKENDS/)
  })
})
