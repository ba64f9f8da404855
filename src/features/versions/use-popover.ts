// A toolbar button that opens a panel under it: Escape or the button closes it, and focus goes
// back to the button so it is never lost.
import { useCallback, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'

export function usePopover() {
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const close = useCallback(() => {
    setOpen(false)
    buttonRef.current?.focus()
  }, [])
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      event.preventDefault()
      event.stopPropagation()
      close()
    },
    [close],
  )
  return { open, toggle: () => setOpen((o) => !o), close, buttonRef, onKeyDown }
}

export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)
