// A side panel of the editor (outline, fields) that becomes a sheet from the bottom on narrow
// screens. On wide screens it is the panel as before, a column of the editor's grid. On narrow
// ones it stays mounted but hidden until opened (so unsaved theme edits in it are kept), has a
// Close button, takes the focus when it opens and gives it back to its opener when it closes;
// Escape closes it.
import { useEffect, useRef } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { Icon } from '../shared/Icon'

export interface PanelSheetProps {
  id: string
  /** The sheet's heading on narrow screens. */
  title: string
  narrow: boolean
  open: boolean
  onClose: () => void
  /** The class of the panel on wide screens (its column in the grid). */
  className: string
  /** An aside (a landmark, named by `label`) or a plain region around a panel that is one. */
  as: 'aside' | 'div'
  label?: string
  children: ReactNode
}

export function PanelSheet(props: PanelSheetProps) {
  const { narrow, open, onClose } = props
  const sheet = useRef<HTMLElement | null>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const opener = useRef<HTMLElement | null>(null)
  const asSheet = narrow && open

  useEffect(() => {
    if (!asSheet) return
    const active = document.activeElement
    opener.current = active instanceof HTMLElement ? active : null
    closeButton.current?.focus()
    return () => {
      // Back to whatever opened the sheet, unless the focus already went somewhere on purpose.
      const inside = sheet.current?.contains(document.activeElement) ?? false
      if (inside || document.activeElement === document.body) opener.current?.focus()
    }
  }, [asSheet])

  const onKeyDown = (event: KeyboardEvent) => {
    if (!asSheet || event.key !== 'Escape' || event.defaultPrevented) return
    event.preventDefault()
    event.stopPropagation()
    onClose()
  }

  const Element = props.as
  const className = narrow ? `${props.className} panel-sheet` : props.className
  return (
    <Element
      ref={(el: HTMLElement | null) => {
        sheet.current = el
      }}
      id={props.id}
      className={className}
      {...(Element === 'div' ? { role: 'region' } : {})}
      aria-label={props.label ?? props.title}
      hidden={narrow && !open}
      onKeyDown={onKeyDown}
    >
      {narrow ? (
        <div className="panel-sheet__head">
          <h2 className="panel-sheet__title">{props.title}</h2>
          <button
            ref={closeButton}
            type="button"
            className="button button--quiet panel-sheet__close"
            onClick={onClose}
          >
            <Icon name="close" /> Close
          </button>
        </div>
      ) : null}
      {props.children}
    </Element>
  )
}
