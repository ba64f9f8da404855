// A rich-text field edited with Tiptap. The editor is created once per field and never on a
// keystroke; its HTML (sanitized) is sent as `<key>_html`. Outside changes (undo, another tab)
// replace its content only when they differ from what it last sent.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import { EditorContent, useEditor } from '@tiptap/react'
import { validateFieldValue } from '../../../core'
import { sanitizeHtml } from '../../shared/sanitize-html'
import type { ControlProps } from '../controls/types'
import { errorId, FieldShell } from '../FieldShell'
import { RICH_TEXT_EXTENSIONS } from './extensions'
import { RichTextToolbar } from './RichTextToolbar'

export function RichTextField(props: ControlProps) {
  const { id, field } = props
  const labelId = useId()
  const html = typeof props.value === 'string' ? props.value : ''
  const [error, setError] = useState<string | null>(null)
  const latest = useRef({ field, onChange: props.onChange })
  useLayoutEffect(() => {
    latest.current = { field, onChange: props.onChange }
  })
  const lastSent = useRef(html)

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
          id,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': field.label,
          ...(field.required ? { 'aria-required': 'true' } : {}),
          class: 'rich-text__content',
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
    // Never re-created while mounted: the parent keys this field by block and field.
    [],
  )

  useEffect(() => {
    if (!editor || html === lastSent.current) return
    lastSent.current = html
    editor.commands.setContent(sanitizeHtml(html), { emitUpdate: false })
  }, [editor, html])

  useEffect(() => {
    const dom = editor?.view.dom
    if (!dom) return
    if (error) {
      dom.setAttribute('aria-invalid', 'true')
      dom.setAttribute('aria-describedby', errorId(id))
    } else {
      dom.removeAttribute('aria-invalid')
      dom.removeAttribute('aria-describedby')
    }
  }, [editor, error, id])

  return (
    <FieldShell id={id} field={field} error={error} labelId={labelId}>
      <div className="rich-text">
        {editor ? <RichTextToolbar editor={editor} label={field.label} /> : null}
        <EditorContent editor={editor} />
      </div>
    </FieldShell>
  )
}
