import { describe, expect, it } from 'vitest'
import { loadRuntimeConfig, parseRuntimeConfig } from './config'
import { createAdapter } from './index'

describe('runtime config', () => {
  it('accepts the server payload', () => {
    const config = parseRuntimeConfig({
      backend: 'basker',
      basker: { tenant: 'demo', apiVersion: '2026-02' },
    })
    expect(config.basker?.tenant).toBe('demo')
  })

  it('rejects a basker config without tenant and an unknown backend', () => {
    expect(() => parseRuntimeConfig({ backend: 'basker' })).toThrow(/basker/)
    expect(() => parseRuntimeConfig({ backend: 'wordpress' })).toThrow(/Invalid \/api\/config/)
  })

  it('loads /api/config through the http client', async () => {
    const urls: string[] = []
    const config = await loadRuntimeConfig({
      fetch: (url) => {
        urls.push(url)
        return Promise.resolve(
          new Response(
            JSON.stringify({ backend: 'basker', basker: { tenant: 't', apiVersion: 'v' } }),
          ),
        )
      },
    })
    expect(urls).toEqual(['/api/config'])
    expect(config.backend).toBe('basker')
  })
})

describe('createAdapter', () => {
  it('builds the Basker adapter', () => {
    const adapter = createAdapter({ backend: 'basker', basker: { tenant: 't', apiVersion: 'v' } })
    expect(adapter.id).toBe('basker')
  })

  it('builds the Tines adapter, which needs no backend settings', () => {
    const adapter = createAdapter({ backend: 'tines' })
    expect(adapter.id).toBe('tines')
    expect(adapter.capabilities).toMatchObject({ nesting: true, concurrency: 'none' })
  })

  it.each(['omerlo', 'drumee', 'kragle'] as const)('builds the %s adapter', (backend) => {
    const adapter = createAdapter({ backend })
    expect(adapter.id).toBe(backend)
    expect(adapter.collections.length).toBeGreaterThan(0)
  })
})
