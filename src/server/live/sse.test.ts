// The SSE channel's wire format and its limit for a client that stops reading.
import { describe, expect, it } from 'vitest'
import { createSseChannel, formatMessage } from './sse'

describe('SSE channel', () => {
  it('writes events with and without ids', () => {
    expect(formatMessage({ event: 'presence', data: '{"a":1}' })).toBe(
      'event: presence\ndata: {"a":1}\n\n',
    )
    expect(formatMessage({ id: 7, event: 'saved', data: '{}' })).toBe(
      'id: 7\nevent: saved\ndata: {}\n\n',
    )
  })

  it('cuts off a client that lets a megabyte pile up, and says so once', () => {
    let closes = 0
    const channel = createSseChannel(() => {
      closes += 1
    })
    const data = 'x'.repeat(64 * 1024)
    for (let i = 0; i < 15; i += 1) channel.send({ event: 'saved', data })
    expect(channel.closed).toBe(false)
    for (let i = 0; i < 5; i += 1) channel.send({ event: 'saved', data })
    expect(channel.closed).toBe(true)
    channel.close()
    expect(closes).toBe(1)
  })

  it('tells the hub when the client goes away', async () => {
    let closes = 0
    const channel = createSseChannel(() => {
      closes += 1
    })
    await channel.body.cancel()
    expect(closes).toBe(1)
    expect(channel.closed).toBe(true)
    channel.send({ event: 'saved', data: '{}' })
  })
})
