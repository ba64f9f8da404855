// A rich-text field of the side panel, edited with Tiptap (see use-rich-text-editor).
import { useId } from 'react'
import { EditorContent } from '@tiptap/react'
import type { ControlProps } from '../controls/types'
import { errorId, FieldShell } from '../FieldShell'
import { RichTextToolbar } from './RichTextToolbar'
import { useRichTextEditor } from './use-rich-text-editor'

export function RichTextField(props: ControlProps) {
  const { id, field } = props
  const labelId = useId()
  const { editor, error } = useRichTextEditor({
    field,
    html: typeof props.value === 'string' ? props.value : '',
    onChange: props.onChange,
    attributes: { id, 'aria-label': field.label, class: 'rich-text__content' },
    errorId: errorId(id),
  })
  return (
    <FieldShell id={id} field={field} error={error} labelId={labelId}>
      <div className="rich-text">
        {editor ? <RichTextToolbar editor={editor} label={field.label} /> : null}
        <EditorContent editor={editor} />
      </div>
    </FieldShell>
  )
}
