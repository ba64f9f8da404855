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
    reporter.update({ blockId: 'a', typing: false })
    reporter.update({ blockId: 'b', typing: false })
    reporter.update({ blockId: 'b', typing: true })
    timers.fire()
    expect(sent).toEqual([{ blockId: 'b', typing: true }])
    reporter.update({ blockId: 'b', typing: true })
    timers.fire()
    expect(sent).toHaveLength(1)
    // The stream reopened: the server forgot this tab, so the same state goes again.
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
