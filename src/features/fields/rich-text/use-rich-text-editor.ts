// One Tiptap editor over a rich-text field's HTML, shared by the side panel's field and the
// in-place editor on the canvas. It is created once per mount and never on a keystroke; what it
// sends is sanitized HTML (`<key>_html`), and outside changes (undo, another tab) replace its
// content only when they differ from what it last sent.
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useEditor } from '@tiptap/react'
import type { Editor } from '@tiptap/react'
import { validateFieldValue } from '../../../core'
import type { FieldSchema } from '../../../core'
import { sanitizeHtml } from '../../shared/sanitize-html'
import { RICH_TEXT_EXTENSIONS } from './extensions'

export function useRichTextEditor(options: {
  field: FieldSchema
  html: string
  onChange(html: string): void
  /** Attributes of the editable element (id, aria-label, class). */
  attributes: Record<string, string>
  /** The id of the element that names the error, when there is one. */
  errorId?: string
}): { editor: Editor | null; error: string | null } {
  const { field, html } = options
  const [error, setError] = useState<string | null>(null)
  const latest = useRef({ field, onChange: options.onChange })
  useLayoutEffect(() => {
    latest.current = { field, onChange: options.onChange }
  })
  const lastSent = useRef(html)
  const [initialAttributes] = useState(options.attributes)

  const editor = useEditor(
    {
      extensions: RICH_TEXT_EXTENSIONS,
      content: sanitizeHtml(html),
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        // Pasted HTML is sanitized before ProseMirror parses it: its parser builds the nodes in a
        // document that shares this page's window, where an onerror could still fire.
        transformPastedHTML: (pasted) => sanitizeHtml(pasted),
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          ...(field.required ? { 'aria-required': 'true' } : {}),
          ...initialAttributes,
        },
      },
      onUpdate: ({ editor: current }) => {
        const next = current.isEmpty ? '' : sanitizeHtml(current.getHTML())
        const problem = validateFieldValue(latest.current.field, next)
        setError(problem)
        if (problem || next === lastSent.current) return
        lastSent.current = next
        latest.current.onChange(next)
      },
    },
    // Never re-created while mounted: the parent keys this editor by block and field.
    [],
  )

  useEffect(() => {
    if (!editor || html === lastSent.current) return
    lastSent.current = html
    editor.commands.setContent(sanitizeHtml(html), { emitUpdate: false })
  }, [editor, html])

  const { errorId } = options
  useEffect(() => {
    const dom = mountedDom(editor)
    if (!dom) return
    if (error && errorId) {
      dom.setAttribute('aria-invalid', 'true')
      dom.setAttribute('aria-describedby', errorId)
    } else {
      dom.removeAttribute('aria-invalid')
      dom.removeAttribute('aria-describedby')
    }
  }, [editor, error, errorId])

  return { editor, error }
}

/** The editable element, or null while Tiptap has no view (not mounted yet, or destroyed):
 * reading `view` then throws, and a throw here would take the whole screen down. */
function mountedDom(editor: Editor | null): HTMLElement | null {
  if (!editor || editor.isDestroyed) return null
  try {
    return editor.view.dom
  } catch {
    return null
  }
}
