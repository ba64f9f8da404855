// Rich text as a visitor sees it: always sanitized (DOMPurify) before it reaches the DOM.
import { useMemo } from 'react'
import { sanitizeHtml } from '../shared/sanitize-html'

export function RichHtml({ html, className }: { html: string; className?: string | undefined }) {
  const clean = useMemo(() => sanitizeHtml(html), [html])
  if (clean.trim() === '') return null
  return (
    <div className={`pv-rich ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: clean }} />
  )
}
