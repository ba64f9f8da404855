// The keyboard path of a canvas drag, outside dnd-kit: Space or Enter on a handle picks the block
// up, each arrow press hands one step to the drag controller, Space/Enter/Tab drops, Escape (or
// the window resizing, or the tab being hidden) cancels. dnd-kit stays the pointer's input only:
// a dnd-kit drag re-renders every draggable and measures every droppable when it starts, which a
// keyboard move never uses (the controller steps through valid places; no collision is needed).
export interface StepKeyboardOptions {
  /** One place up (-1) or down (1). */
  onStep(delta: -1 | 1): void
  onDrop(): void
  onCancel(): void
}

export const PICK_UP_KEYS = ['Space', 'Enter']
const DROP_KEYS = ['Space', 'Enter', 'Tab']

/**
 * Listens to the keys of one keyboard drag started by `pickUp` (that key itself is ignored);
 * returns a function that stops listening (called by itself on a drop or a cancel).
 */
export function listenKeyboardDrag(
  pickUp: KeyboardEvent,
  options: StepKeyboardOptions,
): () => void {
  const target = pickUp.target as Node | null
  const doc = target?.ownerDocument ?? document
  const win = doc.defaultView ?? window

  const onKeyDown = (event: KeyboardEvent): void => {
    // The key that picked the block up bubbles here too.
    if (event === pickUp) return
    const { code } = event
    if (DROP_KEYS.includes(code)) {
      event.preventDefault()
      detach()
      options.onDrop()
    } else if (code === 'Escape') {
      event.preventDefault()
      cancel()
    } else if (code === 'ArrowUp' || code === 'ArrowDown') {
      event.preventDefault()
      options.onStep(code === 'ArrowUp' ? -1 : 1)
    }
  }
  const cancel = (): void => {
    detach()
    options.onCancel()
  }
  const detach = (): void => {
    doc.removeEventListener('keydown', onKeyDown)
    win.removeEventListener('resize', cancel)
    doc.removeEventListener('visibilitychange', cancel)
  }
  doc.addEventListener('keydown', onKeyDown)
  win.addEventListener('resize', cancel)
  doc.addEventListener('visibilitychange', cancel)
  return detach
}
