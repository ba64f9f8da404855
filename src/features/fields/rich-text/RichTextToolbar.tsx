// The rich-text toolbar: named toggle buttons (aria-pressed shows what is on at the cursor) and
// a small link form instead of a browser prompt.
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useEditorState } from '@tiptap/react'
import type { Editor } from '@tiptap/react'

export function RichTextToolbar({ editor, label }: { editor: Editor; label: string }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
      href: String(e.getAttributes('link').href ?? ''),
    }),
  })
  const [linkOpen, setLinkOpen] = useState(false)
  const chain = () => editor.chain().focus()

  return (
    <div className="rich-text__toolbar-wrap">
      <div className="rich-text__toolbar" role="toolbar" aria-label={`${label} formatting`}>
        <Toggle name="Bold" short="B" on={state.bold} run={() => chain().toggleBold().run()} />
        <Toggle
          name="Italic"
          short="I"
          on={state.italic}
          run={() => chain().toggleItalic().run()}
        />
        <span className="rich-text__sep" aria-hidden="true" />
        <Toggle
          name="Heading 2"
          short="H2"
          on={state.h2}
          run={() => chain().toggleHeading({ level: 2 }).run()}
        />
        <Toggle
          name="Heading 3"
          short="H3"
          on={state.h3}
          run={() => chain().toggleHeading({ level: 3 }).run()}
        />
        <span className="rich-text__sep" aria-hidden="true" />
        <Toggle
          name="Bullet list"
          short="• List"
          on={state.bullet}
          run={() => chain().toggleBulletList().run()}
        />
        <Toggle
          name="Numbered list"
          short="1. List"
          on={state.ordered}
          run={() => chain().toggleOrderedList().run()}
        />
        <span className="rich-text__sep" aria-hidden="true" />
        <Toggle name="Link" short="Link" on={state.link} run={() => setLinkOpen(!linkOpen)} />
      </div>
      {linkOpen ? (
        <LinkForm
          initial={state.href}
          onApply={(href) => {
            if (href) chain().extendMarkRange('link').setLink({ href }).run()
            else chain().extendMarkRange('link').unsetLink().run()
            setLinkOpen(false)
          }}
          onCancel={() => {
            setLinkOpen(false)
            editor.commands.focus()
          }}
        />
      ) : null}
    </div>
  )
}

function Toggle(props: { name: string; short: string; on: boolean; run: () => void }) {
  return (
    <button
      type="button"
      className="rich-text__button"
      aria-label={props.name}
      aria-pressed={props.on}
      title={props.name}
      // Keep the text selection: a mousedown on the button would otherwise blur the editor.
      onMouseDown={(e) => e.preventDefault()}
      onClick={props.run}
    >
      {props.short}
    </button>
  )
}

function LinkForm(props: { initial: string; onApply(href: string): void; onCancel(): void }) {
  const [href, setHref] = useState(props.initial)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    props.onApply(safeHref(href))
  }
  return (
    <form
      className="rich-text__link-form"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          props.onCancel()
        }
      }}
    >
      <label>
        Link address
        <input
          className="input"
          type="text"
          value={href}
          autoFocus
          placeholder="https://… or /page"
          onChange={(e) => setHref(e.target.value)}
        />
      </label>
      <button type="submit" className="button button--small">
        {href.trim() ? 'Apply link' : 'Remove link'}
      </button>
      <button type="button" className="button button--small button--quiet" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  )
}

/** Only web, mail and relative links; anything else (javascript:, data:) is dropped. */
export function safeHref(raw: string): string {
  const href = raw.trim()
  if (href === '') return ''
  if (/^(https?:|mailto:|tel:|\/|#)/i.test(href)) return href
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return ''
  return `https://${href}`
}
