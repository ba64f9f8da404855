// A value the backend derives (Omerlo's "Shown as": what an entry points at): shown with its
// label, focusable and readable, but never edited, so nothing the backend would overwrite is typed.
import { referenceText } from '../../canvas/preview-entries'
import { FieldShell } from '../FieldShell'
import type { ControlProps } from './types'

export function ReadOnlyField(props: ControlProps) {
  const text = referenceText(props.value)
  return (
    <FieldShell id={props.id} field={props.field} error={null}>
      <input id={props.id} className="input" type="text" readOnly value={text} />
    </FieldShell>
  )
}
