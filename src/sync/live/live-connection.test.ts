// The stream with a fake EventSource (the only fake here: the real one is used by the e2e).
import { describe, expect, it } from 'vitest'
import { openLiveConnection } from './live-connection'
import type { EventSourceLike, LiveTimers } from './live-connection'
import type { LiveEvent } from './live-events'

class FakeSource implements EventSourceLike {
  listeners = new Map<string, ((event: Event) => void)[]>()
  closed = false
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }
  close() {
    this.closed = true
  }
  emit(type: string, data?: string, lastEventId = '') {
    const event =
      data === undefined ? new Event(type) : new MessageEvent(type, { data, lastEventId })
    for (const listener of this.listeners.get(type) ?? []) listener(event)
  }
}

function setup() {
  const sources: FakeSource[] = []
  const waits: { run: () => void; ms: number }[] = []
  const timers: LiveTimers = {
    setTimeout: (run, ms) => waits.push({ run, ms }),
    clearTimeout: () => undefined,
  }
  const events: LiveEvent[] = []
  const opens: boolean[] = []
  const connection = openLiveConnection({
    recordKey: '["basker","pages","home"]',
    tabId: 'tab-1',
    label: 'Tab 1',
    onEvent: (event) => events.push(event),
    onOpen: (resumed) => opens.push(resumed),
    createSource: (url) => {
      const source = new FakeSource(url)
      sources.push(source)
      return source
    },
    timers,
    random: () => 0.999,
  })
  return { sources, waits, events, opens, connection }
}

const query = (url: string) => new URL(url, 'http://x').searchParams

describe('openLiveConnection', () => {
  it('opens the record stream for this tab and passes on its events', () => {
    const { sources, events } = setup()
    const source = sources[0] as FakeSource
    expect(new URL(source.url, 'http://x').pathname).toBe('/api/live/stream')
    expect(query(source.url).get('record')).toBe('["basker","pages","home"]')
    expect(query(source.url).get('tab')).toBe('tab-1')
    expect(query(source.url).get('label')).toBe('Tab 1')
    expect(query(source.url).has('since')).toBe(false)
    source.emit('approvals', JSON.stringify({ record: '["basker","pages","home"]' }), '7')
    source.emit('approvals', JSON.stringify({ record: '["basker","pages","other"]' }), '8')
    source.emit('approvals', 'garbage', '9')
    expect(events).toEqual([{ kind: 'approvals', record: '["basker","pages","home"]' }])
  })

  it('reopens with backoff after a drop, from the last event id', () => {
    const { sources, waits, opens } = setup()
    const first = sources[0] as FakeSource
    first.emit('open')
    first.emit(
      'comments',
      JSON.stringify({ record: '["basker","pages","home"]', blockId: null }),
      '41',
    )
    first.emit('error')
    expect(first.closed).toBe(true)
    expect(waits.map((w) => w.ms)).toEqual([500])
    waits[0]?.run()
    const second = sources[1] as FakeSource
    expect(query(second.url).get('since')).toBe('41')
    second.emit('error')
    expect(waits.map((w) => w.ms)).toEqual([500, 999])
    waits[1]?.run()
    ;(sources[2] as FakeSource).emit('open')
    expect(opens).toEqual([false, true])
    // After an open the backoff starts over.
    ;(sources[2] as FakeSource).emit('error')
    expect(waits[2]?.ms).toBe(500)
  })

  it('closes for good on close, even with a reconnect waiting', () => {
    const { sources, waits, connection } = setup()
    ;(sources[0] as FakeSource).emit('error')
    connection.close()
    waits[0]?.run()
    expect(sources).toHaveLength(1)
  })
})
