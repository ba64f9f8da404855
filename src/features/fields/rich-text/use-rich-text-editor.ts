// One Tiptap editor over a rich-text field's HTML, shared by the side panel's field and the
// in-place editor on the canvas. It is created once per mount and never on a keystroke; what it
// sends is sanitized HTML (`<key>_html`), and outside changes (undo, another tab) replace its
// content only when they differ from what it last sent.
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useEditor } from '@tiptap/react'
import type { Editor, UseEditorOptions } from '@tiptap/react'
import { validateFieldValue } from '../../../core'
import { whenIdle } from '../../../sync'
import type { FieldSchema } from '../../../core'
import { sanitizeHtml } from '../../shared/sanitize-html'
import { RICH_TEXT_EXTENSIONS } from './extensions'
import { warmAutolink } from './warm-autolink'
import { commitAfterPaint, type CommitAfterPaint } from './commit-after-paint'
import { editorHtml } from './editor-html'

/** How long typing in one editor of a field pauses before its other editor follows. */
const FOLLOW_AFTER_MS = 300

export function useRichTextEditor(props: {
  field: FieldSchema
  html: string
  onChange(html: string): void
  /** Attributes of the editable element (id, aria-label, class). */
  attributes: Record<string, string>
  /** The id of the element that names the error, when there is one. */
  errorId?: string
}): { editor: Editor | null; error: string | null } {
  const { field, html } = props
  const [error, setError] = useState<string | null>(null)
  const latest = useRef({ field, onChange: props.onChange })
  useLayoutEffect(() => {
    latest.current = { field, onChange: props.onChange }
  })
  const lastSent = useRef(html)
  // Built once: Tiptap's useEditor compares its options with the editor's on every render and
  // calls setOptions (a full view update) when any differs, so a fresh object or a re-sanitized
  // `content` here would cost a view update per keystroke in both editors of a field.
  const [{ options, commit }] = useState(() =>
    editorOptions(field, html, props.attributes, lastSent, latest, setError),
  )
  // The page hidden or left, or the editor going away (another block selected, the panel
  // closed), commits what is pending.
  useEffect(() => commit.listen(window), [commit])
  const editor = useEditor(
    options,
    // Never re-created while mounted: the parent keys this editor by block and field.
    [],
  )

  useEffect(warmAutolink, [])

  useEffect(() => {
    if (!editor) return
    // A value from elsewhere (the other editor, undo, a live update) while this one has a
    // commit waiting: the commit goes first, and the render it causes brings the merged value.
    if (commit.flush()) return
    if (html === lastSent.current) return
    const apply = () => {
      if (editor.isDestroyed) return
      lastSent.current = html
      editor.commands.setContent(sanitizeHtml(html), { emitUpdate: false })
    }
    // The other editor of this field (canvas or side panel) follows the typing made here once
    // it pauses (FOLLOW_AFTER_MS) and the frame is out: re-parsing the whole field on every key
    // was the largest part of a key's work. It catches up at once when it gains focus, so
    // nobody types into stale content. An editor with focus (undo, a restored edit) takes the
    // change at once.
    if (editor.isFocused) {
      apply()
      return
    }
    const task = whenIdle(apply, 100, FOLLOW_AFTER_MS)
    editor.on('focus', task.now)
    return () => {
      editor.off('focus', task.now)
      task.cancel()
    }
  }, [editor, html, commit])

  const { errorId } = props
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

type Latest = { current: { field: FieldSchema; onChange(html: string): void } }

function editorOptions(
  field: FieldSchema,
  html: string,
  attributes: Record<string, string>,
  lastSent: { current: string },
  latest: Latest,
  setError: (problem: string | null) => void,
): { options: UseEditorOptions; commit: CommitAfterPaint } {
  let current: Editor | null = null
  const commit = commitAfterPaint(() => {
    if (!current || current.isDestroyed) return
    const next = current.isEmpty ? '' : sanitizeHtml(editorHtml(current))
    const problem = validateFieldValue(latest.current.field, next)
    setError(problem)
    if (problem || next === lastSent.current) return
    lastSent.current = next
    latest.current.onChange(next)
  })
  const options: UseEditorOptions = {
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
        ...attributes,
      },
    },
    onUpdate: ({ editor: updated }) => {
      current = updated
      commit.schedule()
    },
    onBlur: () => {
      commit.flush()
    },
  }
  return { options, commit }
}
