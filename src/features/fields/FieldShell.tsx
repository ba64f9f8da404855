// A field's label, required mark and error message, tied to its input by id. The mark is outside
// the <label> so the accessible name is exactly the schema label.
import type { ReactNode } from 'react'
import type { FieldSchema } from '../../core'

export function errorId(id: string): string {
  return `${id}-error`
}

/** The ARIA wiring of an input: required, invalid, and described by its error message. */
export function inputAria(id: string, field: FieldSchema, error: string | null) {
  return {
    id,
    'aria-required': field.required ? true : undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId(id) : undefined,
  }
}

export function FieldShell(props: {
  id: string
  field: FieldSchema
  error: string | null
  children: ReactNode
  /** For controls that are not labelable (rich text): the label gets this id instead of `for`. */
  labelId?: string
}) {
  const { id, field, error } = props
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <div className="field__head">
        {props.labelId ? (
          <span className="field__label" id={props.labelId}>
            {field.label}
          </span>
        ) : (
          <label className="field__label" htmlFor={id}>
            {field.label}
          </label>
        )}
        {field.required ? (
          <span className="field__required" aria-hidden="true" title="Required">
            *
          </span>
        ) : null}
      </div>
      {props.children}
      {error ? (
        <p className="field__error" id={errorId(id)}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
