// dnd-kit's KeyboardSensor starts listening for keys one task after the pick-up (so the key that
// picked the block up is not read as a drop). Keys pressed in that gap, as fast typists and
// test drivers do, would be lost; this holds them and replays them once the sensor listens.

/** Returns a function that stops holding (dropping held keys), for a drag torn down early. */
export function holdKeysUntilSensorListens(win: Window = window): () => void {
  const held: KeyboardEvent[] = []
  let open = true
  const hold = (event: KeyboardEvent) => {
    event.preventDefault()
    event.stopImmediatePropagation()
    held.push(event)
  }
  win.addEventListener('keydown', hold, true)

  const close = (): boolean => {
    if (!open) return false
    open = false
    win.removeEventListener('keydown', hold, true)
    return true
  }
  const release = () => {
    if (!close()) return
    for (const event of held) {
      const target = win.document.activeElement ?? win.document.body
      target.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: event.key,
          code: event.code,
          shiftKey: event.shiftKey,
          ctrlKey: event.ctrlKey,
          altKey: event.altKey,
          metaKey: event.metaKey,
          bubbles: true,
          cancelable: true,
        }),
      )
    }
  }

  // The first task is queued before the sensor's own timer (we run inside its pick-up), the
  // nested one after it: by then the sensor listens.
  let inner: ReturnType<typeof setTimeout> | undefined
  const outer = setTimeout(() => {
    inner = setTimeout(release)
  })
  return () => {
    clearTimeout(outer)
    clearTimeout(inner)
    close()
  }
}
