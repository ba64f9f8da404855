import { describe, expect, it } from 'vitest'
import { createPresenceReporter } from './presence-reporter'
import type { PresenceState } from './presence-reporter'
import type { LiveTimers } from './live-connection'

function manualTimers(): LiveTimers & { fire(): void } {
  const queue = new Map<number, () => void>()
  let next = 0
  return {
    setTimeout(run) {
      next += 1
      queue.set(next, run)
      return next
    },
    clearTimeout(handle) {
      queue.delete(handle as number)
    },
    fire() {
      const runs = [...queue.values()]
      queue.clear()
      for (const run of runs) run()
    },
  }
}

describe('createPresenceReporter', () => {
  it('sends the last state of a burst once, and never the same state twice', () => {
    const timers = manualTimers()
    const sent: PresenceState[] = []
    const reporter = createPresenceReporter({
      send: async (state) => void sent.push(state),
      timers,
    })
    // Nothing before the stream is open: the server does not know this tab yet.
    reporter.update({ blockId: 'x', typing: false })
    timers.fire()
    expect(sent).toEqual([])
    reporter.resend()
    timers.fire()
    expect(sent).toEqual([{ blockId: 'x', typing: false }])
    sent.length = 0
    reporter.update({ blockId: 'a', typing: false })
    reporter.update({ blockId: 'b', typing: false })
    reporter.update({ blockId: 'b', typing: true })
    timers.fire()
    expect(sent).toEqual([{ blockId: 'b', typing: true }])
    reporter.update({ blockId: 'b', typing: true })
    timers.fire()
    expect(sent).toHaveLength(1)
    // The stream reopened: a new presence row, so the same state goes again.
    reporter.resend()
    timers.fire()
    expect(sent).toHaveLength(2)
  })

  it('sends again after a failed report and nothing after dispose', async () => {
    const timers = manualTimers()
    let calls = 0
    const reporter = createPresenceReporter({
      send: () => {
        calls += 1
        return Promise.reject(new Error('404'))
      },
      timers,
    })
    reporter.resend()
    reporter.update({ blockId: 'a', typing: false })
    timers.fire()
    await Promise.resolve()
    await Promise.resolve()
    reporter.resend()
    timers.fire()
    expect(calls).toBe(2)
    reporter.update({ blockId: 'c', typing: false })
    reporter.dispose()
    timers.fire()
    expect(calls).toBe(2)
  })
})
