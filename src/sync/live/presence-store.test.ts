import { describe, expect, it } from 'vitest'
import { createPresenceStore } from './presence-store'
import type { FrameScheduler } from './presence-store'
import type { Person } from './presence'

function manualFrames(): FrameScheduler & { run(): void; pending(): number } {
  let queued: (() => void)[] = []
  return {
    request(run) {
      queued.push(run)
      return queued.length
    },
    cancel() {
      queued = []
    },
    run() {
      const now = queued
      queued = []
      for (const run of now) run()
    },
    pending: () => queued.length,
  }
}

const person = (tab: string, blockId: string | null): Person => ({
  tab,
  userId: tab,
  name: tab,
  blockId,
  typing: false,
  since: '2026-12-04T10:00:00.000Z',
})

describe('createPresenceStore', () => {
  it('hands 50 people moving within a frame to React as one update', () => {
    const frames = manualFrames()
    const store = createPresenceStore({ ownTab: 'me', frames })
    let notified = 0
    store.subscribe(() => (notified += 1))
    const crowd = Array.from({ length: 50 }, (_, i) => person(`t${i}`, null))
    for (let i = 0; i < 50; i += 1) {
      store.receive(crowd.map((p, j) => (j <= i ? { ...p, blockId: `b${j}` } : p)))
    }
    expect(frames.pending()).toBe(1)
    expect(notified).toBe(0)
    frames.run()
    expect(notified).toBe(1)
    expect(store.getSnapshot().others).toHaveLength(50)
    expect(store.getSnapshot().byBlock.get('b49')?.[0]?.tab).toBe('t49')
  })

  it('does not notify when a list changes nothing, and stops on dispose', () => {
    const frames = manualFrames()
    const store = createPresenceStore({ ownTab: 'me', frames })
    let notified = 0
    store.subscribe(() => (notified += 1))
    store.receive([person('a', 'x')])
    frames.run()
    store.receive([person('a', 'x'), person('me', 'y')])
    frames.run()
    expect(notified).toBe(1)
    store.receive([])
    store.dispose()
    frames.run()
    expect(store.getSnapshot().others).toHaveLength(1)
  })
})
