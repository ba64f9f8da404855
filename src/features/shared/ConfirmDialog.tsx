// A modal question before something that is hard to take back (removing a group, publishing).
// Focus starts on Cancel (the safe choice), Tab stays inside, Escape or a click outside cancels,
// and focus returns to where it was.
import { useEffect, useId, useRef } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { trapTab } from './focus-trap'

export interface ConfirmDialogProps {
  title: string
  /** What will happen, in plain words. */
  children: ReactNode
  confirmLabel: string
  cancelLabel?: string
  /** Disables the confirm button while the action runs. */
  busy?: boolean
  onConfirm(): void
  onCancel(): void
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, children, confirmLabel, cancelLabel = 'Cancel', busy = false } = props
  const { onConfirm, onCancel } = props
  const id = useId()
  const dialogRef = useRef<HTMLDivElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const previous = document.activeElement
    cancelRef.current?.focus()
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus()
    }
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The editor's own shortcuts (undo, save, canvas keys) must not act behind the dialog.
    event.stopPropagation()
    if (event.key === 'Escape') {
      event.preventDefault()
      onCancel()
    } else if (event.key === 'Tab') {
      trapTab(event, dialogRef.current)
    }
  }

  return createPortal(
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onCancel()
      }}
    >
      <div
        ref={dialogRef}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onKeyDown={onKeyDown}
      >
        <div className="dialog__header">
          <h2 id={`${id}-title`}>{title}</h2>
        </div>
        <div id={`${id}-body`}>{children}</div>
        <div className="dialog__actions" style={{ display: 'flex', gap: 8, justifyContent: 'end' }}>
          <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            aria-busy={busy}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  )
}
