import { afterEach, describe, expect, it, vi } from 'vitest'
import { whenIdle } from './when-idle'

describe('whenIdle', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('runs the work once, later, not in the calling task', () => {
    vi.useFakeTimers()
    const work = vi.fn()
    whenIdle(work)
    expect(work).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('runs at once on now(), and never twice', () => {
    vi.useFakeTimers()
    const work = vi.fn()
    const task = whenIdle(work)
    task.now()
    expect(work).toHaveBeenCalledTimes(1)
    vi.runAllTimers()
    task.now()
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('never runs once cancelled', () => {
    vi.useFakeTimers()
    const work = vi.fn()
    const task = whenIdle(work)
    task.cancel()
    vi.runAllTimers()
    task.now()
    expect(work).not.toHaveBeenCalled()
  })

  it('waits afterMs before it asks for idle time; cancelled meanwhile, it never runs', () => {
    vi.useFakeTimers()
    const work = vi.fn()
    whenIdle(work, 100, 300)
    vi.advanceTimersByTime(299)
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersByTime(2)
    vi.runAllTimers()
    expect(work).toHaveBeenCalledTimes(1)

    const dropped = vi.fn()
    const task = whenIdle(dropped, 100, 300)
    vi.advanceTimersByTime(200)
    task.cancel()
    vi.runAllTimers()
    expect(dropped).not.toHaveBeenCalled()
  })

  it('now() during the wait runs the work at once and only once', () => {
    vi.useFakeTimers()
    const work = vi.fn()
    const task = whenIdle(work, 100, 300)
    task.now()
    expect(work).toHaveBeenCalledTimes(1)
    vi.runAllTimers()
    expect(work).toHaveBeenCalledTimes(1)
  })
})
