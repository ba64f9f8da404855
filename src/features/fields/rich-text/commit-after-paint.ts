// A rich-text edit reaches the store after the frame that shows it, not inside the key's task:
// reading the document as HTML, sanitizing and validating it, the store update and the React
// render it starts are a third of a keystroke's work, and the typed character is already on
// screen (the browser put it there). Keys typed before the commit runs make one store update.
//
// The commit is a background-priority task (scheduler.postTask; a posted message where that is
// missing): it runs once the frame is drawn and, unlike a timer or an animation frame, under a
// test's paused clock and in a hidden tab. Nothing may be lost or reordered by the wait, so a pending commit
// runs at once before anything that could read the store: the next key or press anywhere
// (Ctrl+S, Ctrl+Z, a click on Save), the editor losing focus, the page being hidden or left,
// and the editor going away.
export interface CommitAfterPaint {
  /** Asks for a commit in a task of its own (once, however many times it is asked). */
  schedule(): void
  /** Runs the pending commit now; true when there was one. */
  flush(): boolean
  /**
   * Commits before the page's next key or press, and when it is hidden or left; the returned
   * function stops that and commits what is pending (the editor going away).
   */
  listen(page: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void
}

/** Runs `callback` in a later task. */
export type PostTask = (callback: () => void) => void

const PAGE_EVENTS = ['keydown', 'pointerdown', 'pagehide', 'visibilitychange'] as const

export function commitAfterPaint(
  commit: () => void,
  post: PostTask = postMessageTask(),
): CommitAfterPaint {
  let pending = false
  // Each schedule() gets a ticket; a task whose ticket is stale (flushed meanwhile) does nothing.
  let ticket = 0

  const flush = (): boolean => {
    if (!pending) return false
    pending = false
    ticket += 1
    commit()
    return true
  }
  const onPageEvent = (): void => {
    flush()
  }

  return {
    schedule() {
      if (pending) return
      pending = true
      ticket += 1
      const mine = ticket
      post(() => {
        if (mine === ticket) flush()
      })
    },
    flush,
    listen(page) {
      // Capture on the window: ahead of every handler of the key or press (the save shortcut, the
      // Save button) and before the outbox's own pagehide and visibilitychange listeners, so
      // the edit is in the store when they read it.
      for (const type of PAGE_EVENTS) page.addEventListener(type, onPageEvent, { capture: true })
      return () => {
        for (const type of PAGE_EVENTS) {
          page.removeEventListener(type, onPageEvent, { capture: true })
        }
        flush()
      }
    },
  }
}

function postMessageTask(): PostTask {
  // Background priority runs after the frame the key asked for (a plain posted message may run
  // before it); neither is a timer, so a paused clock does not hold the commit back.
  const scheduler = (
    globalThis as {
      scheduler?: {
        postTask?(callback: () => void, options: { priority: 'background' }): Promise<unknown>
      }
    }
  ).scheduler
  if (typeof scheduler?.postTask === 'function') {
    return (callback) =>
      void scheduler.postTask?.(callback, { priority: 'background' }).catch(() => undefined)
  }
  if (typeof MessageChannel !== 'function') return (callback) => void setTimeout(callback, 0)
  const channel = new MessageChannel()
  const queue: (() => void)[] = []
  channel.port1.onmessage = () => queue.shift()?.()
  return (callback) => {
    queue.push(callback)
    channel.port2.postMessage(null)
  }
}
