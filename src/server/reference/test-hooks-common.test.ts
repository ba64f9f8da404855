// The shared test hooks on a toy backend: what is logged, which write fails, and the difference
// between a failure that wrote nothing and one answered after the write was applied.
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { recordAndInject, RequestLog, testHookRoutes } from './test-hooks-common'

const toy = () => {
  const log = new RequestLog()
  const store: string[] = []
  const app = new Hono()
  app.use('/ref/*', recordAndInject(log, { basePath: '/ref', withQuery: true }))
  app.post('/ref/items', async (c) => {
    store.push(((await c.req.json()) as { name: string }).name)
    return c.json({ ok: true }, 201)
  })
  app.get('/ref/items', (c) => c.json(store))
  app.route(
    '/__test',
    testHookRoutes(log, () => Promise.resolve(void store.splice(0))),
  )
  const post = (name: string) =>
    app.request('/ref/items?x=1', {
      method: 'POST',
      body: JSON.stringify({ name }),
      headers: { 'Content-Type': 'application/json' },
    })
  const failNext = (body: unknown) =>
    app.request('/__test/fail-next', { method: 'POST', body: JSON.stringify(body) })
  return { app, log, store, post, failNext }
}

describe('shared test hooks', () => {
  it('logs writes only, with the query when asked, and fails the Nth write from now', async () => {
    const { app, log, store, post, failNext } = toy()
    await app.request('/ref/items')
    expect((await failNext({ status: 503, afterRequests: 1 })).status).toBe(200)
    expect((await post('a')).status).toBe(201)
    expect((await post('b')).status).toBe(503)
    expect((await post('c')).status).toBe(201)
    expect(store).toEqual(['a', 'c'])
    expect(log.requests.map((r) => [r.method, r.path, r.injectedStatus])).toEqual([
      ['POST', '/items?x=1', undefined],
      ['POST', '/items?x=1', 503],
      ['POST', '/items?x=1', undefined],
    ])
  })

  it('an applied failure writes, then answers the error as if the answer was lost', async () => {
    const { log, store, post, failNext } = toy()
    await failNext({ status: 504, applied: true })
    const answer = await post('landed')
    expect(answer.status).toBe(504)
    expect(store).toEqual(['landed'])
    expect(log.requests[0]).toMatchObject({ injectedStatus: 504, applied: true })
  })

  it('a custom body and 429 Retry-After; bad requests to the hook are refused', async () => {
    const { post, failNext } = toy()
    await failNext({ status: 429, body: { error: 'slow down' } })
    const limited = await post('x')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('1')
    expect(await limited.json()).toEqual({ error: 'slow down' })
    expect((await failNext({ status: 200 })).status).toBe(400)
    expect((await failNext({ status: 500, count: 0 })).status).toBe(400)
    expect((await failNext({ status: 500, afterRequests: -1 })).status).toBe(400)
    expect((await failNext({ status: 500, applied: 'yes' })).status).toBe(400)
  })

  it('reset clears the backend and cancels pending failures; DELETE clears the log', async () => {
    const { app, log, store, post, failNext } = toy()
    await post('a')
    await failNext({ status: 500 })
    await app.request('/__test/reset', { method: 'POST' })
    expect(store).toEqual([])
    expect((await post('b')).status).toBe(201)
    expect((await app.request('/__test/requests', { method: 'DELETE' })).status).toBe(204)
    expect(log.requests).toEqual([])
  })
})
