import { describe, expect, it, vi } from 'vitest'
import { commitAfterPaint, type PostTask } from './commit-after-paint'

/** Tasks the test runs when it says so. */
function manualTasks() {
  const tasks: (() => void)[] = []
  const post: PostTask = (callback) => void tasks.push(callback)
  return { post, run: () => tasks.splice(0).forEach((task) => task()) }
}

describe('commitAfterPaint', () => {
  it('commits once in a later task, however many edits came before it', () => {
    const { post, run } = manualTasks()
    const commit = vi.fn()
    const after = commitAfterPaint(commit, post)
    after.schedule()
    after.schedule()
    after.schedule()
    expect(commit).not.toHaveBeenCalled()
    run()
    expect(commit).toHaveBeenCalledTimes(1)
    expect(after.flush()).toBe(false)
  })

  it('flush() commits at once and the task that was waiting does nothing', () => {
    const { post, run } = manualTasks()
    const commit = vi.fn()
    const after = commitAfterPaint(commit, post)
    after.schedule()
    expect(after.flush()).toBe(true)
    expect(commit).toHaveBeenCalledTimes(1)
    // A new edit before the stale task runs: that task must not commit it early… nor twice.
    after.schedule()
    run()
    expect(commit).toHaveBeenCalledTimes(2)
    run()
    expect(commit).toHaveBeenCalledTimes(2)
  })

  it('commits before the next key or press anywhere, and when the page is hidden or left', () => {
    const { post } = manualTasks()
    const commit = vi.fn()
    const page = new EventTarget()
    const after = commitAfterPaint(commit, post)
    const stop = after.listen(page as unknown as Window)
    const events = ['keydown', 'pointerdown', 'visibilitychange', 'pagehide']
    events.forEach((type, index) => {
      after.schedule()
      page.dispatchEvent(new Event(type))
      expect(commit).toHaveBeenCalledTimes(index + 1)
    })
    // Nothing pending: an event commits nothing.
    page.dispatchEvent(new Event('keydown'))
    expect(commit).toHaveBeenCalledTimes(4)
    after.schedule()
    stop()
    expect(commit).toHaveBeenCalledTimes(5)
    // Stopped: the page's events no longer commit.
    after.schedule()
    page.dispatchEvent(new Event('pointerdown'))
    expect(commit).toHaveBeenCalledTimes(5)
  })

  it('runs by itself with the default task queue', async () => {
    const commit = vi.fn()
    const after = commitAfterPaint(commit)
    after.schedule()
    expect(commit).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(commit).toHaveBeenCalledTimes(1))
  })
})
