// An array field: a list of items, each a set of sub-fields. Items can be added (with their
// defaults), removed and moved; every change sends the whole new list as one update.
import { useState } from 'react'
import { blockLabel, defaultValues, isPlainObject } from '../../../core'
import type { FieldValues } from '../../../core'
import { Icon } from '../../shared/Icon'
import { errorId } from '../FieldShell'
import { FieldList } from '../FieldList'
import type { ControlProps } from './types'

export function ArrayField(props: ControlProps) {
  const { id, field, onChange } = props
  const items: FieldValues[] = Array.isArray(props.value)
    ? props.value.map((item) => (isPlainObject(item) ? item : {}))
    : []
  const [error, setError] = useState<string | null>(null)

  const commit = (next: FieldValues[]) => {
    // Items may hold required sub-fields not filled in yet; only an emptied required list is
    // refused here (sub-fields check their own values as they are typed).
    if (field.required && next.length === 0) {
      setError(`${field.label} needs at least one item.`)
      return
    }
    setError(null)
    onChange(next)
  }
  const move = (from: number, to: number) => {
    const next = [...items]
    const [item] = next.splice(from, 1)
    if (item === undefined) return
    next.splice(to, 0, item)
    commit(next)
  }
  const subFields = field.fields ?? []

  return (
    <fieldset
      className="field fieldset fieldset--array"
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
      {items.length === 0 ? <p className="muted">No items yet.</p> : null}
      <ol className="array-items">
        {items.map((item, index) => {
          const name = itemName(item, index, subFields)
          return (
            <li key={index} className="array-item">
              <div className="array-item__head">
                <span className="array-item__title">{name}</span>
                <div className="array-item__actions">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move ${name} up`}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                  >
                    <Icon name="up" size={14} />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move ${name} down`}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, index + 1)}
                  >
                    <Icon name="down" size={14} />
                  </button>
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    aria-label={`Remove ${name}`}
                    onClick={() => commit(items.filter((_, i) => i !== index))}
                  >
                    <Icon name="trash" size={14} />
                  </button>
                </div>
              </div>
              <FieldList
                fields={subFields}
                values={item}
                onPatch={(patch) =>
                  commit(items.map((old, i) => (i === index ? { ...old, ...patch } : old)))
                }
              />
            </li>
          )
        })}
      </ol>
      <button
        type="button"
        className="button button--small"
        onClick={() => commit([...items, defaultValues(subFields)])}
      >
        <Icon name="plus" size={14} /> Add item to {field.label}
      </button>
      {error ? (
        <p className="field__error" id={errorId(id)}>
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}

function itemName(
  item: FieldValues,
  index: number,
  fields: NonNullable<ControlProps['field']['fields']>,
) {
  const text = blockLabel({ id: '', type: '', value: item }, { type: '', label: '', fields })
  return text ? `Item ${index + 1}: ${text}` : `Item ${index + 1}`
}
