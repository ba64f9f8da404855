// Code that runs inside the page: each probe timestamps with the page's own clock
// (performance.now, event.timeStamp) so Playwright's round trips stay out of the figures.

export interface BenchState {
  interactiveAt?: number
  typing: number[]
  /**
   * Per key: frames between the key and the frame that drew it (0 = the first frame after the
   * key, as it should be; 1 = the key's work made the page miss a frame).
   */
  typingFramesLate?: number[]
  /** keydown → the end of the task that handled it (input, store, React commit), before paint. */
  typingWork?: number[]
  /** Durations of the tasks longer than 50 ms while typing (Long Tasks API). */
  longTasks?: number[]
  /** Ctrl+S after typing → the save status says "Saved" (the write and the answer's handling). */
  saveStart?: number
  saveEnd?: number
  /** Durations of the tasks longer than 50 ms during that save (Long Tasks API). */
  saveLongTasks?: number[]
  moveStart?: number
  moveEnd?: number
  paletteStart?: number
  paletteEnd?: number
}

/** tsx compiles with keepNames; functions sent to the page then call __name, defined here. */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn'

type BenchWindow = Window & { __bench?: BenchState }

/**
 * Installed before any page script: records when the first block's drag handle is on screen and
 * takes focus (the canvas is interactive).
 */
export function installInteractiveProbe(): void {
  const w = window as BenchWindow
  const bench: BenchState = { typing: [] }
  w.__bench = bench
  const label = (b: Element): string => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim()
  const check = (): void => {
    const handle = Array.from(document.querySelectorAll('li[data-block-id] button')).find((b) =>
      label(b).startsWith('Move'),
    )
    if (handle instanceof HTMLElement) {
      const box = handle.getBoundingClientRect()
      if (box.width > 0 && box.height > 0) {
        handle.focus({ preventScroll: true })
        if (document.activeElement === handle) {
          bench.interactiveAt = performance.now()
          handle.blur()
          return
        }
      }
    }
    requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

/**
 * Resolves `offsetMs` after the start of the next frame, so that the key Playwright sends next
 * reaches the page at that point of a frame. A typist's keys arrive anywhere in a frame; a
 * key arriving just after a frame starts waits almost a whole frame for its paint whatever the
 * editor does, so the latency of one key depends on where it fell as much as on the editor.
 */
export function atFramePoint(offsetMs: number): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, offsetMs)
    })
  })
}

/** Every keydown from now on records the time to the frame after its next paint. */
export function installTypingProbe(): void {
  const w = window as BenchWindow
  const bench = w.__bench ?? { typing: [] }
  w.__bench = bench
  bench.typing = []
  const work: number[] = []
  bench.typingWork = work
  const late: number[] = []
  bench.typingFramesLate = late
  const longTasks: number[] = []
  bench.longTasks = longTasks
  // Long Tasks API: every task over 50 ms on the main thread from now until the typing ends.
  // (Everything here runs inside the page: no names from this module's scope.)
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration)
  })
  observer.observe({ type: 'longtask', buffered: false })
  ;(w as Window & { __stopLongTasks?: () => void }).__stopLongTasks = () => {
    for (const entry of observer.takeRecords()) longTasks.push(entry.duration)
    observer.disconnect()
  }
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp
      // keydown, beforeinput and input run in one task; a message posted now is handled right
      // after it, so this is the editor's own work for the key, free of the wait for vsync.
      const channel = new MessageChannel()
      channel.port1.onmessage = () => work.push(performance.now() - start)
      channel.port2.postMessage(null)
      requestAnimationFrame(() => {
        // A free main thread runs rAF callbacks just after a vsync, so reaching one within a
        // frame of the key means the key's frame was the first one after it.
        late.push(Math.floor((performance.now() - start) / (1000 / 60)))
        // rAF runs just before the paint; a task queued from it runs once the frame is out.
        setTimeout(() => bench.typing.push(performance.now() - start), 0)
      })
    },
    { capture: true },
  )
}

/** Arms the move probe: from the first Space keydown until `blockId` changes DOM position. */
export function installMoveProbe(blockId: string): void {
  const w = window as BenchWindow
  const bench = w.__bench ?? { typing: [] }
  w.__bench = bench
  delete bench.moveStart
  delete bench.moveEnd
  const position = (): number =>
    Array.from(document.querySelectorAll('li[data-block-id]')).findIndex(
      (li) => li.getAttribute('data-block-id') === blockId,
    )
  const initial = position()
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== ' ' || bench.moveStart !== undefined) return
    bench.moveStart = event.timeStamp
    document.removeEventListener('keydown', onKey, { capture: true })
  }
  document.addEventListener('keydown', onKey, { capture: true })
  const observer = new MutationObserver(() => {
    const now = position()
    if (now !== -1 && now !== initial) {
      bench.moveEnd = performance.now()
      observer.disconnect()
    }
  })
  observer.observe(document.body, { childList: true, subtree: true })
}

/** Arms the palette probe: from the click on "Add block" until a dialog is laid out. */
export function installPaletteProbe(): void {
  const w = window as BenchWindow
  const bench = w.__bench ?? { typing: [] }
  w.__bench = bench
  delete bench.paletteStart
  delete bench.paletteEnd
  const visibleDialog = (): boolean => {
    const dialog = document.querySelector('[role="dialog"], dialog[open]')
    return dialog !== null && dialog.getBoundingClientRect().height > 0
  }
  const onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target.closest('button') : null
    const name = (target?.getAttribute('aria-label') ?? target?.textContent ?? '').trim()
    if (name !== 'Add block') return
    document.removeEventListener('click', onClick, { capture: true })
    bench.paletteStart = event.timeStamp
    const observer = new MutationObserver(() => {
      if (bench.paletteEnd === undefined && visibleDialog()) {
        bench.paletteEnd = performance.now()
        observer.disconnect()
      }
    })
    observer.observe(document.body, { childList: true, subtree: true, attributes: true })
  }
  document.addEventListener('click', onClick, { capture: true })
}

/**
 * Arms the save probe: from the Ctrl+S keydown until the save status (role=status) says "Saved",
 * recording every task over 50 ms meanwhile: the write's answer is read and compared then.
 */
export function installSaveProbe(): void {
  const w = window as BenchWindow
  const bench = w.__bench ?? { typing: [] }
  w.__bench = bench
  delete bench.saveStart
  delete bench.saveEnd
  const longTasks: number[] = []
  bench.saveLongTasks = longTasks
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration)
  })
  observer.observe({ type: 'longtask', buffered: false })
  const saved = (): boolean =>
    Array.from(document.querySelectorAll('[role="status"]')).some(
      (el) => (el.textContent ?? '').trim() === 'Saved',
    )
  const onKey = (event: KeyboardEvent): void => {
    if (event.key.toLowerCase() !== 's' || bench.saveStart !== undefined) return
    bench.saveStart = event.timeStamp
    document.removeEventListener('keydown', onKey, { capture: true })
    // Polled on frames (a condition, not a sleep); the status first leaves "Saved" on the edit.
    const check = (): void => {
      if (saved()) {
        bench.saveEnd = performance.now()
        // Tasks still queued (the answer's handling) are reported with the next frame.
        requestAnimationFrame(() => {
          for (const entry of observer.takeRecords()) longTasks.push(entry.duration)
          observer.disconnect()
        })
        return
      }
      requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  }
  document.addEventListener('keydown', onKey, { capture: true })
}
