// The rich-text toolbar: named toggle buttons (aria-pressed shows what is on at the cursor) and
// a small link editor (not a nested form) instead of a browser prompt.
import { memo, useId, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useEditorState } from '@tiptap/react'
import type { Editor } from '@tiptap/react'
import { checkHref } from './link-href'
import { toggleName } from './toggle-name'

// Memoised: its parent re-renders on every keystroke; the toolbar changes only with the marks
// at the cursor, which useEditorState follows itself.
export const RichTextToolbar = memo(function RichTextToolbar({
  editor,
  label,
}: {
  editor: Editor
  label: string
}) {
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
        <LinkEditor
          initial={state.href}
          existing={state.link}
          onApply={(href) => {
            const { empty } = editor.state.selection
            if (empty && !state.link) {
              // No text chosen: the address itself becomes the linked text.
              chain()
                .insertContent({
                  type: 'text',
                  text: href,
                  marks: [{ type: 'link', attrs: { href } }],
                })
                .run()
            } else {
              chain().extendMarkRange('link').setLink({ href }).run()
            }
            setLinkOpen(false)
          }}
          onRemove={() => {
            chain().extendMarkRange('link').unsetLink().run()
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
})

function Toggle(props: { name: string; short: string; on: boolean; run: () => void }) {
  return (
    <button
      type="button"
      className="rich-text__button"
      aria-label={toggleName(props.short, props.name)}
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

/**
 * The link's address. Not a <form>: the toolbar sits inside other forms (the side panel, /theme)
 * and a nested form would submit the outer one, reloading the page. Enter applies, Escape cancels.
 */
function LinkEditor(props: {
  initial: string
  existing: boolean
  onApply(href: string): void
  onRemove(): void
  onCancel(): void
}) {
  const id = useId()
  const [href, setHref] = useState(props.initial)
  const [error, setError] = useState<string | null>(null)
  const apply = () => {
    const checked = checkHref(href)
    if (checked.ok) props.onApply(checked.href)
    else setError(checked.error)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      // Also keeps an enclosing form from submitting.
      event.preventDefault()
      event.stopPropagation()
      apply()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      props.onCancel()
    }
  }
  return (
    <div className="rich-text__link-form" role="group" aria-label="Link" onKeyDown={onKeyDown}>
      <label htmlFor={`${id}-url`}>URL</label>
      <input
        id={`${id}-url`}
        className="input"
        type="text"
        inputMode="url"
        value={href}
        autoFocus
        placeholder="https://… or /page"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setHref(e.target.value)
          setError(null)
        }}
      />
      <button type="button" className="button button--small" onClick={apply}>
        Apply
      </button>
      {props.existing ? (
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={props.onRemove}
        >
          Remove link
        </button>
      ) : null}
      <button type="button" className="button button--small button--quiet" onClick={props.onCancel}>
        Cancel
      </button>
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
