// Every HTML string is sanitized before it is rendered or sent (DESIGN.md): rich text comes from
// the backend and from the editor, and neither is trusted to be free of script. The configuration
// is the app's one (src/adapters/sanitize-html.ts), which the adapters apply again before sending.
import { sanitizeHtml } from '../../adapters/sanitize-html'

export { sanitizeHtml }

/** The visible text of an HTML string, for labels and previews. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(sanitizeHtml(html), 'text/html')
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim()
}
