// The toolbar's "More" button: the controls that do not fit on the row, in a panel under it.
// A disclosure (not a menu): the controls inside keep their own roles and names. Escape closes
// it and gives the focus back to the button; so does a press outside it.
import { useEffect, useId, useRef, useState } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'

export function ToolbarMore(props: { children: ReactNode; initiallyOpen?: boolean }) {
  const [open, setOpen] = useState(props.initiallyOpen === true)
  const panelId = useId()
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (panel.current?.contains(target) || button.current?.contains(target)) return
      // A confirmation opened from inside the panel (publish, restore) is not "outside".
      if (target instanceof Element && target.closest('[role="dialog"], [role="alertdialog"]'))
        return
      setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    event.preventDefault()
    event.stopPropagation()
    setOpen(false)
    button.current?.focus()
  }

  return (
    <div className="toolbar-more" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="button toolbar-more__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className="toolbar-more__dots">
          ⋯
        </span>
        <span className="toolbar-more__text">More</span>
      </button>
      <div
        ref={panel}
        id={panelId}
        className="toolbar-more__panel"
        role="group"
        aria-label="More tools"
        hidden={!open}
      >
        {props.children}
      </div>
    </div>
  )
}
