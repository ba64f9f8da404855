// A rich-text edit reaches the store after the frame that shows it, not inside the key's task:
// reading the document as HTML, sanitizing and validating it, the store update and the React
// render it starts are a third of a keystroke's work, and the typed character is already on
// screen (the browser put it there). Keys typed within one frame make one store update.
//
// Nothing may be lost or reordered by the wait, so the pending commit runs at once before
// anything that could read the store: the next key in the editor (Ctrl+S, Ctrl+Z, Tab…), the
// editor losing focus (a click on Save), the page being hidden or left, and the editor going
// away.
export interface CommitAfterPaint {
  /** Asks for a commit after the next paint (once, however many times it is asked). */
  schedule(): void
  /** Runs the pending commit now; true when there was one. */
  flush(): boolean
  /**
   * Commits when the page is hidden or left; the returned function stops that and commits what
   * is pending (the editor going away).
   */
  listen(page: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void
}

export interface FrameClock {
  requestAnimationFrame(callback: () => void): number
  cancelAnimationFrame(handle: number): void
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export function commitAfterPaint(
  commit: () => void,
  clock: FrameClock = browserClock(),
): CommitAfterPaint {
  let pending = false
  let frame: number | null = null
  let timer: unknown = null

  const flush = (): boolean => {
    if (!pending) return false
    pending = false
    if (frame !== null) clock.cancelAnimationFrame(frame)
    if (timer !== null) clock.clearTimeout(timer)
    frame = null
    timer = null
    commit()
    return true
  }
  const onPageLeaving = (): void => {
    flush()
  }

  return {
    schedule() {
      if (pending) return
      pending = true
      // rAF runs just before the paint; a task queued from it runs once the frame is out.
      frame = clock.requestAnimationFrame(() => {
        frame = null
        timer = clock.setTimeout(() => {
          timer = null
          flush()
        }, 0)
      })
    },
    flush,
    listen(page) {
      // Capture on the window: these run before the outbox's own pagehide and visibilitychange
      // listeners, so the edit is in the store when the outbox writes its last row.
      page.addEventListener('pagehide', onPageLeaving, { capture: true })
      page.addEventListener('visibilitychange', onPageLeaving, { capture: true })
      return () => {
        page.removeEventListener('pagehide', onPageLeaving, { capture: true })
        page.removeEventListener('visibilitychange', onPageLeaving, { capture: true })
        flush()
      }
    },
  }
}

function browserClock(): FrameClock {
  // Without animation frames (a test's DOM, a hidden tab's throttling aside) a timer stands in.
  const raf =
    typeof requestAnimationFrame === 'function'
      ? (callback: () => void) => requestAnimationFrame(() => callback())
      : (callback: () => void) => Number(setTimeout(callback, 16))
  const cancel =
    typeof cancelAnimationFrame === 'function'
      ? (handle: number) => cancelAnimationFrame(handle)
      : (handle: number) => clearTimeout(handle)
  return {
    requestAnimationFrame: raf,
    cancelAnimationFrame: cancel,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  }
}
