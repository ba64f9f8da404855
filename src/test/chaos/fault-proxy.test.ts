// The chaos proxy: each fault does what it says to the caller and to the backend, and a seed
// reproduces the same fault sequence.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFaultProxy, type FaultProxy } from './fault-proxy'
import { DEFAULT_RATES, NO_FAULTS, chooseFault, ratesFrom, type FaultKind } from './faults'
import { mulberry32, seedFrom } from './prng'

let upstream: Server
let target = ''
/** Paths the backend received, in order. */
const received: string[] = []

beforeAll(async () => {
  upstream = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`)
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ ok: true, path: request.url, padding: 'x'.repeat(64) }))
  })
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', () => resolve()))
  target = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/ref`
})
afterAll(async () => {
  await new Promise<void>((resolve) => upstream.close(() => resolve()))
})

let proxy: FaultProxy | null = null
afterEach(async () => {
  await proxy?.close()
  proxy = null
  received.length = 0
})

const only = (kind: FaultKind) => ({ ...NO_FAULTS, [kind]: 1 })

const start = async (rates = DEFAULT_RATES, seed = 7): Promise<FaultProxy> => {
  proxy = await startFaultProxy({ target, seed, rates, delayMs: { min: 1, max: 5 } })
  return proxy
}

describe('faults', () => {
  it('draws the same sequence from the same seed and another from another seed', () => {
    const draw = (seed: number) => {
      const random = mulberry32(seed)
      return Array.from({ length: 200 }, () => chooseFault(random, DEFAULT_RATES))
    }
    expect(draw(42)).toEqual(draw(42))
    expect(draw(42)).not.toEqual(draw(43))
    // Over 200 draws at the default rates every kind of fault shows up, and most requests pass.
    const counts = new Map<string, number>()
    for (const fault of draw(42)) counts.set(fault, (counts.get(fault) ?? 0) + 1)
    expect((counts.get('none') ?? 0) > 100).toBe(true)
  })

  it('refuses rates that add up to more than 1 or name no fault', () => {
    expect(() => ratesFrom({ drop: 0.7, reset: 0.7 })).toThrow(/add up/)
    expect(() => ratesFrom({ explode: 0.1 })).toThrow(/unknown fault "explode"/)
    expect(ratesFrom({ drop: 0.5 }, NO_FAULTS).drop).toBe(0.5)
  })

  it('turns a word or a number into a seed', () => {
    expect(seedFrom('1234')).toBe(1234)
    expect(seedFrom('storm')).toBe(seedFrom('storm'))
    expect(seedFrom('storm')).not.toBe(seedFrom('calm'))
  })
})

describe('fault proxy', () => {
  it('forwards to the target path when no fault is drawn', async () => {
    const { url } = await start(NO_FAULTS)
    const response = await fetch(`${url}/a/b?draft=true`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ path: '/ref/a/b?draft=true' })
    expect(received).toEqual(['GET /ref/a/b?draft=true'])
  })

  it('answers 500 and 429 (with Retry-After) without reaching the backend', async () => {
    const { url } = await start(only('status500'))
    expect((await fetch(`${url}/x`, { method: 'PATCH', body: '{}' })).status).toBe(500)
    proxy?.configure({ rates: only('status429') })
    const limited = await fetch(`${url}/x`)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('1')
    expect(received).toEqual([])
  })

  it.each(['drop', 'reset'] as const)(
    '%s: the connection fails before the backend',
    async (kind) => {
      const { url } = await start(only(kind))
      await expect(fetch(`${url}/x`, { method: 'PATCH', body: '{}' })).rejects.toThrow()
      expect(received).toEqual([])
    },
  )

  it('lostResponse: the backend did the work but the caller gets no answer', async () => {
    const { url } = await start(only('lostResponse'))
    await expect(fetch(`${url}/x`, { method: 'PATCH', body: '{}' })).rejects.toThrow()
    expect(received).toEqual(['PATCH /ref/x'])
  })

  it.each(['truncate', 'malformed'] as const)(
    '%s: the backend did the work and the answer is not JSON',
    async (kind) => {
      const { url } = await start(only(kind))
      const response = await fetch(`${url}/x`, { method: 'PATCH', body: '{}' })
      expect(response.status).toBe(200)
      const text = await response.text()
      expect(() => JSON.parse(text) as unknown).toThrow()
      expect(received).toEqual(['PATCH /ref/x'])
    },
  )

  it('reproduces the fault sequence after a reseed, and counts faults by method', async () => {
    const { url } = await start(ratesFrom({ drop: 0, reset: 0, lostResponse: 0 }), 99)
    const run = async () => {
      for (let i = 0; i < 40; i += 1) {
        const response = await fetch(`${url}/n${i}`, { method: i % 2 ? 'PATCH' : 'GET' })
        await response.arrayBuffer()
      }
      return proxy?.stats().recent.map((record) => record.fault)
    }
    const first = await run()
    const control = await fetch(`${url}/__chaos/configure`, {
      method: 'POST',
      body: JSON.stringify({ seed: 99 }),
    })
    expect(control.status).toBe(200)
    expect(await run()).toEqual(first)
    const stats = proxy?.stats()
    expect(stats?.requests).toBe(40)
    expect(new Set(first).size).toBeGreaterThan(1)
    const faulted = first?.filter((fault) => fault !== 'none').length ?? 0
    expect((stats?.faultedByMethod.GET ?? 0) + (stats?.faultedByMethod.PATCH ?? 0)).toBe(faulted)
  })

  it('spares the answers of the methods it is told to, and only the faults after forwarding', async () => {
    const { url } = await start(only('malformed'))
    proxy?.configure({ spare: ['post'] })
    const spared = await fetch(`${url}/x`, { method: 'POST', body: '{}' })
    expect(await spared.json()).toMatchObject({ ok: true })
    const hit = await fetch(`${url}/x`, { method: 'PUT', body: '{}' })
    await expect(hit.json()).rejects.toThrow()
    proxy?.configure({ rates: only('status500') })
    expect((await fetch(`${url}/x`, { method: 'POST', body: '{}' })).status).toBe(500)
    expect(proxy?.stats().spare).toEqual(['POST'])
  })

  it('passes everything through while disabled, and says so', async () => {
    const { url } = await start(only('status500'))
    await fetch(`${url}/__chaos/configure`, {
      method: 'POST',
      body: JSON.stringify({ enabled: false }),
    })
    expect((await fetch(`${url}/x`)).status).toBe(200)
    const stats = (await (await fetch(`${url}/__chaos/stats`)).json()) as { enabled: boolean }
    expect(stats.enabled).toBe(false)
  })
})
