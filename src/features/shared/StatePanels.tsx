// The loading, empty and error states every screen shows the same way.
import type { ReactNode } from 'react'

interface PanelProps {
  fullPage?: boolean
}

export function LoadingPanel({ label, fullPage }: PanelProps & { label: string }) {
  return (
    <div className={fullPage ? 'state-panel state-panel--page' : 'state-panel'} role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  )
}

export function ErrorPanel(
  props: PanelProps & {
    title: string
    message: string
    onRetry?: () => void
    children?: ReactNode
  },
) {
  return (
    <div className={props.fullPage ? 'state-panel state-panel--page' : 'state-panel'} role="alert">
      <h2 className="state-panel__title">{props.title}</h2>
      <p className="state-panel__message">{props.message}</p>
      <div className="state-panel__actions">
        {props.onRetry ? (
          <button type="button" className="button button--primary" onClick={props.onRetry}>
            Try again
          </button>
        ) : null}
        {props.children}
      </div>
    </div>
  )
}

export function EmptyPanel({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state-panel">
      <h2 className="state-panel__title">{title}</h2>
      {children}
    </div>
  )
}
