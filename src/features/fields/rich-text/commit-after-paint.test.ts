import { describe, expect, it, vi } from 'vitest'
import { commitAfterPaint, type FrameClock } from './commit-after-paint'

/** A clock the test drives: frames and timers run only when told. */
function manualClock() {
  let next = 1
  const frames = new Map<number, () => void>()
  const timers = new Map<number, () => void>()
  const clock: FrameClock = {
    requestAnimationFrame: (callback) => {
      frames.set(next, callback)
      return next++
    },
    cancelAnimationFrame: (handle) => frames.delete(handle),
    setTimeout: (callback) => {
      timers.set(next, callback)
      return next++
    },
    clearTimeout: (handle) => timers.delete(handle as number),
  }
  const runAll = (map: Map<number, () => void>) => {
    const due = [...map.values()]
    map.clear()
    for (const callback of due) callback()
  }
  return { clock, paint: () => runAll(frames), tasks: () => runAll(timers) }
}

describe('commitAfterPaint', () => {
  it('commits once after the paint, however many edits came within the frame', () => {
    const { clock, paint, tasks } = manualClock()
    const commit = vi.fn()
    const after = commitAfterPaint(commit, clock)
    after.schedule()
    after.schedule()
    after.schedule()
    expect(commit).not.toHaveBeenCalled()
    paint()
    // rAF is before the paint: the commit waits for the task after it.
    expect(commit).not.toHaveBeenCalled()
    tasks()
    expect(commit).toHaveBeenCalledTimes(1)
    expect(after.flush()).toBe(false)
  })

  it('flush() commits at once and the frame that was waiting does nothing', () => {
    const { clock, paint, tasks } = manualClock()
    const commit = vi.fn()
    const after = commitAfterPaint(commit, clock)
    after.schedule()
    expect(after.flush()).toBe(true)
    expect(commit).toHaveBeenCalledTimes(1)
    paint()
    tasks()
    expect(commit).toHaveBeenCalledTimes(1)
    // A later edit is scheduled again.
    after.schedule()
    paint()
    tasks()
    expect(commit).toHaveBeenCalledTimes(2)
  })

  it('commits when the page is hidden or left, and when it stops listening', () => {
    const { clock } = manualClock()
    const commit = vi.fn()
    const page = new EventTarget()
    const after = commitAfterPaint(commit, clock)
    const stop = after.listen(page as unknown as Window)
    after.schedule()
    page.dispatchEvent(new Event('visibilitychange'))
    expect(commit).toHaveBeenCalledTimes(1)
    after.schedule()
    page.dispatchEvent(new Event('pagehide'))
    expect(commit).toHaveBeenCalledTimes(2)
    after.schedule()
    stop()
    expect(commit).toHaveBeenCalledTimes(3)
    // Stopped: the page's events no longer commit.
    after.schedule()
    page.dispatchEvent(new Event('pagehide'))
    expect(commit).toHaveBeenCalledTimes(3)
  })
})
