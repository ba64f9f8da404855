// A rich-text field edited where the canvas draws it: Tiptap in place of the drawn HTML, with a
// small toolbar that floats above it while it has focus (it takes no room in the page, so the
// text does not move). Mounted only for the selected block.
import { EditorContent } from '@tiptap/react'
import type { FieldSchema } from '../../../core'
import { RichTextToolbar } from './RichTextToolbar'
import { useRichTextEditor } from './use-rich-text-editor'

export function InPlaceRichText(props: {
  field: FieldSchema
  value: unknown
  className?: string | undefined
  dataField?: string
  onChange(html: string): void
}) {
  const { field } = props
  const { editor, error } = useRichTextEditor({
    field,
    html: typeof props.value === 'string' ? props.value : '',
    onChange: props.onChange,
    attributes: {
      'aria-label': field.label,
      class: `pv-rich ip-rich__content ${props.className ?? ''}`,
    },
  })
  return (
    <div className="ip-rich" data-field={props.dataField}>
      {editor ? (
        <div className="ip-rich__toolbar">
          <RichTextToolbar editor={editor} label={field.label} />
        </div>
      ) : null}
      <EditorContent editor={editor} />
      {error ? (
        <p className="ip-text__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
