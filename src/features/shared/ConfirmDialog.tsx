// A modal question before something that is hard to take back (removing a group, publishing):
// focus starts on Cancel (the safe choice), Tab stays inside, Escape or a click outside cancels,
// and focus returns to the control that opened it. While the action runs the
// buttons are aria-disabled rather than disabled, so focus stays where it was.
import { useEffect, useId, useRef } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { trapTab } from './focus-trap'
import './danger-button.css'

export interface ConfirmDialogProps {
  title: string
  children: ReactNode
  confirmLabel: string
  /** While the action runs: both buttons are disabled and the confirm button says so. */
  busyLabel?: string | null
  error?: string | null
  /** The action destroys or takes down something (unpublish): the confirm button is red. */
  danger?: boolean
  onConfirm(): void
  onCancel(): void
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { onCancel, busyLabel } = props
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
      if (!busyLabel) onCancel()
    } else if (event.key === 'Tab') {
      trapTab(event, dialogRef.current)
    }
  }

  return createPortal(
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget && !busyLabel) onCancel()
      }}
    >
      <div
        ref={dialogRef}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        aria-busy={busyLabel ? true : undefined}
        onKeyDown={onKeyDown}
      >
        <div className="dialog__header">
          <h2 id={`${id}-title`}>{props.title}</h2>
        </div>
        <div id={`${id}-body`} className="dialog__body">
          {props.children}
        </div>
        {props.error ? (
          <p className="dialog__error" role="alert">
            {props.error}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button
            ref={cancelRef}
            type="button"
            className="button"
            onClick={() => {
              if (!busyLabel) onCancel()
            }}
            aria-disabled={busyLabel ? true : undefined}
          >
            Cancel
          </button>
          <button
            type="button"
            className={props.danger ? 'button button--danger-solid' : 'button button--primary'}
            onClick={() => {
              if (!busyLabel) props.onConfirm()
            }}
            aria-disabled={busyLabel ? true : undefined}
          >
            {busyLabel ?? props.confirmLabel}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  )
}
