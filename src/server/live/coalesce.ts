// Runs `run(key)` at most once per `intervalMs` per key: the first poke runs at once, pokes
// within the window run once more at its end. Runs of one key never overlap, so an older
// answer cannot arrive after a newer one. A key's entry goes away after a quiet window.
export interface Coalescer {
  poke(key: string): void
  close(): void
}

interface Entry {
  dirty: boolean
  timer: NodeJS.Timeout | null
  running: Promise<void>
}

export const createCoalescer = (
  intervalMs: number,
  run: (key: string) => Promise<void>,
  onError: (error: unknown) => void,
): Coalescer => {
  const entries = new Map<string, Entry>()
  let closed = false

  const fire = (key: string, entry: Entry): void => {
    entry.running = entry.running.then(() => (closed ? undefined : run(key))).catch(onError)
    entry.timer = setTimeout(() => {
      entry.timer = null
      if (entry.dirty && !closed) {
        entry.dirty = false
        fire(key, entry)
      } else if (entries.get(key) === entry) {
        entries.delete(key)
      }
    }, intervalMs)
  }

  return {
    poke: (key) => {
      if (closed) return
      const existing = entries.get(key)
      if (existing) {
        existing.dirty = true
        return
      }
      const entry: Entry = { dirty: false, timer: null, running: Promise.resolve() }
      entries.set(key, entry)
      fire(key, entry)
    },
    close: () => {
      closed = true
      for (const entry of entries.values()) if (entry.timer) clearTimeout(entry.timer)
      entries.clear()
    },
  }
}
