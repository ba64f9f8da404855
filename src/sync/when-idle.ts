// Work that must happen soon but not inside the task of a keystroke: it runs once the frame is
// out (an idle callback, at the latest after `timeoutMs`), or at once when `now()` is called.
export interface IdleTask {
  /** Runs the work at once if it has not run yet. */
  now(): void
  /** Drops the work if it has not run yet. */
  cancel(): void
}

/**
 * `afterMs`: wait that long first (a pause in typing), so work that only has to catch up with
 * the latest value runs once per pause instead of once per key.
 */
export function whenIdle(work: () => void, timeoutMs = 100, afterMs = 0): IdleTask {
  let done = false
  const run = () => {
    if (done) return
    done = true
    work()
  }
  let cancelTimer: () => void = () => {}
  const requestIdle = () => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(run, { timeout: timeoutMs })
      cancelTimer = () => cancelIdleCallback(handle)
    } else {
      const handle = setTimeout(run, 0)
      cancelTimer = () => clearTimeout(handle)
    }
  }
  if (afterMs > 0) {
    const handle = setTimeout(requestIdle, afterMs)
    cancelTimer = () => clearTimeout(handle)
  } else {
    requestIdle()
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
