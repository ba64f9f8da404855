// A short live load run on PGlite: a few tabs on one record move and save; every save reaches
// every other tab, every move is seen, and nothing is refused.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { keyOf } from '../live/live-test-support'
import { startListening, type ListeningServer } from '../start-listening'
import { SLOW } from '../test-support'
import { runLiveLoad } from './live-load-run'

let server: ListeningServer

beforeAll(async () => {
  server = await startListening()
}, SLOW)
afterAll(async () => {
  await server.stop()
}, SLOW)

it('delivers every save and move to the other tabs', async () => {
  const report = await runLiveLoad({
    origins: [server.origin],
    clients: 8,
    durationMs: 1500,
    record: keyOf('live-load'),
    moveEveryMs: 300,
    saveEveryMs: 600,
  })
  expect(report.refused).toEqual({})
  expect(report.saved.saves).toBeGreaterThan(0)
  expect(report.saved.delivered).toBe(report.saved.expected)
  expect(report.presence.moves).toBeGreaterThan(0)
  expect(report.presence.samples).toBeGreaterThan(0)
})
