// Tells the server which block this tab is on and whether it is typing: debounced, so clicking
// through ten blocks or typing a sentence sends one request, and never the same state twice.
import type { LiveTimers } from './live-connection'

export interface PresenceState {
  blockId: string | null
  typing: boolean
}

export interface PresenceReporter {
  update(state: PresenceState): void
  /**
   * The stream is open (again): sends the current state, even if sent before (a new stream is a
   * new presence row). Nothing is sent before the first call: the server answers 404 for a tab
   * without a stream.
   */
  resend(): void
  dispose(): void
}

export const PRESENCE_DEBOUNCE_MS = 150

export function createPresenceReporter(options: {
  send(state: PresenceState): Promise<void>
  timers: LiveTimers
  delayMs?: number
}): PresenceReporter {
  const delay = options.delayMs ?? PRESENCE_DEBOUNCE_MS
  let current: PresenceState = { blockId: null, typing: false }
  let sent: PresenceState | null = null
  let timer: unknown = null
  let disposed = false
  let open = false

  const flush = () => {
    timer = null
    if (disposed || !open) return
    if (sent && sent.blockId === current.blockId && sent.typing === current.typing) return
    const state = current
    sent = state
    // A lost report is not retried: the next change or reconnect sends the state again.
    options.send(state).catch(() => {
      if (sent === state) sent = null
    })
  }
  const schedule = () => {
    if (timer !== null) options.timers.clearTimeout(timer)
    timer = options.timers.setTimeout(flush, delay)
  }

  return {
    update(state) {
      if (state.blockId === current.blockId && state.typing === current.typing) return
      current = state
      schedule()
    },
    resend() {
      open = true
      sent = null
      schedule()
    },
    dispose() {
      disposed = true
      if (timer !== null) options.timers.clearTimeout(timer)
    },
  }
}
