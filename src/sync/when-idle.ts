// Work that must happen soon but not inside the task of a keystroke: it runs once the frame is
// out (an idle callback, at the latest after `timeoutMs`), or at once when `now()` is called.
export interface IdleTask {
  /** Runs the work at once if it has not run yet. */
  now(): void
  /** Drops the work if it has not run yet. */
  cancel(): void
}

export function whenIdle(work: () => void, timeoutMs = 100): IdleTask {
  let done = false
  const run = () => {
    if (done) return
    done = true
    work()
  }
  let cancelTimer: () => void
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs })
    cancelTimer = () => cancelIdleCallback(handle)
  } else {
    const handle = setTimeout(run, 0)
    cancelTimer = () => clearTimeout(handle)
  }
  return {
    now: () => {
      cancelTimer()
      run()
    },
    cancel: () => {
      done = true
      cancelTimer()
    },
  }
}
