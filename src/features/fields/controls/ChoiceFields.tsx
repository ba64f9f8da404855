// Fields chosen rather than typed: a checkbox, and a select that takes several values.
import { useState } from 'react'
import { validateFieldValue } from '../../../core'
import { errorId } from '../FieldShell'
import type { ControlProps } from './types'

export function CheckboxField(props: ControlProps) {
  const { id, field } = props
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        className="checkbox"
        checked={props.value === true}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label className="field__label" htmlFor={id}>
        {field.label}
      </label>
    </div>
  )
}

export function MultiSelectField(props: ControlProps) {
  const { id, field } = props
  const selected = Array.isArray(props.value) ? props.value : []
  const [error, setError] = useState<string | null>(null)
  const toggle = (option: string, on: boolean) => {
    const next = on ? [...selected, option] : selected.filter((v) => v !== option)
    const problem = validateFieldValue(field, next)
    setError(problem)
    if (!problem) props.onChange(next)
  }
  return (
    <fieldset
      className={error ? 'field fieldset has-error' : 'field fieldset'}
      aria-describedby={error ? errorId(id) : undefined}
    >
      <legend className="field__label">
        {field.label}
        {field.required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      {(field.options ?? []).map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={(e) => toggle(option.value, e.target.checked)}
          />
          {option.label}
        </label>
      ))}
      {error ? (
        <p className="field__error" id={errorId(id)}>
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
