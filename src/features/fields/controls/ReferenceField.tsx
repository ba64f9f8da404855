// Relationship fields: references by id (or {relationTo, value} when the field may point at
// several collections), one or many, with a picker when the collection can be listed. What is
// chosen is shown by its title, never by its id alone.
import { useState } from 'react'
import { validateFieldValue } from '../../../core'
import { useBackendCollection, useCollectionTitles } from '../../../sync'
import { fieldCollection, referenceId, referenceTitle } from '../../blocks-view'
import { errorId, FieldShell, inputAria } from '../FieldShell'
import type { Parsed, RawCodec } from '../field-parsers'
import { useFieldDraft } from '../use-field-draft'
import { RecordPicker } from './RecordPicker'
import type { ControlProps } from './types'

const idCodec: RawCodec = {
  format: (value) => referenceId(value),
  parse: (raw): Parsed => ({ ok: true, value: raw.trim() === '' ? null : raw.trim() }),
}

function targets(relationTo: string | string[] | undefined): string[] {
  if (relationTo === undefined) return []
  return Array.isArray(relationTo) ? relationTo : [relationTo]
}

export function ReferenceField(props: ControlProps) {
  return props.field.hasMany ? <ManyReferences {...props} /> : <OneReference {...props} />
}

function OneReference(props: ControlProps) {
  const { field, value } = props
  const collections = targets(field.relationTo)
  const polymorphic = collections.length > 1
  const currentCollection =
    typeof value === 'object' && value !== null && 'relationTo' in value
      ? String((value as { relationTo: unknown }).relationTo)
      : (collections[0] ?? '')
  const [collection, setCollection] = useState(currentCollection)
  const wrap = (id: unknown) =>
    polymorphic && id !== null ? { relationTo: collection, value: id } : id
  const codec: RawCodec = polymorphic
    ? {
        format: (v) =>
          idCodec.format(typeof v === 'object' && v !== null && 'value' in v ? v.value : v),
        parse: (raw) => {
          const parsed = idCodec.parse(raw)
          return parsed.ok ? { ok: true, value: wrap(parsed.value) } : parsed
        },
      }
    : idCodec
  const draft = useFieldDraft(field, value, codec, props.onChange)
  const listable = useBackendCollection(collection)
  const titles = useCollectionTitles(collection)
  const chosen = draft.raw.trim() ? referenceTitle(draft.raw.trim(), titles, field.label) : ''
  return (
    <FieldShell id={props.id} field={field} error={draft.error}>
      <div className="reference">
        {polymorphic ? (
          <CollectionSelect
            label={field.label}
            collections={collections}
            value={collection}
            onChange={setCollection}
          />
        ) : null}
        <input
          {...inputAria(props.id, field, draft.error)}
          className="input"
          type="text"
          placeholder="Id"
          value={draft.raw}
          onChange={(e) => draft.setRaw(e.target.value)}
        />
      </div>
      {chosen ? <p className="reference__title">{chosen}</p> : null}
      {listable ? (
        <RecordPicker
          collection={listable.id}
          collectionLabel={listable.label}
          onPick={(id) => draft.setRaw(id)}
        />
      ) : null}
    </FieldShell>
  )
}

function ManyReferences(props: ControlProps) {
  const { id, field } = props
  const items = Array.isArray(props.value) ? props.value : []
  const collections = targets(field.relationTo)
  const [collection, setCollection] = useState(collections[0] ?? '')
  const [input, setInput] = useState('')
  const [error, setError] = useState<string | null>(null)
  const listable = useBackendCollection(collection)
  const titles = useCollectionTitles(fieldCollection(field, items[0]))

  const commit = (next: unknown[]) => {
    const problem = validateFieldValue(field, next)
    setError(problem)
    if (!problem) props.onChange(next)
  }
  const add = (raw: string) => {
    const ref = raw.trim()
    if (!ref) return
    commit([...items, collections.length > 1 ? { relationTo: collection, value: ref } : ref])
    setInput('')
  }

  return (
    <fieldset className={error ? 'field fieldset has-error' : 'field fieldset'}>
      <legend className="field__label">
        {field.label}
        {field.required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      {items.length === 0 ? <p className="muted">None yet.</p> : null}
      <ul className="chips" aria-label={`${field.label} chosen`}>
        {items.map((item, index) => {
          const text = referenceTitle(item, titles, field.label)
          return (
            <li key={`${referenceId(item)}-${index}`} className="chip">
              <span>{text}</span>
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove ${text}`}
                onClick={() => commit(items.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </li>
          )
        })}
      </ul>
      <div className="reference">
        {collections.length > 1 ? (
          <CollectionSelect
            label={field.label}
            collections={collections}
            value={collection}
            onChange={setCollection}
          />
        ) : null}
        <input
          id={id}
          className="input"
          type="text"
          aria-label={`Add to ${field.label}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId(id) : undefined}
          placeholder="Id"
          value={input}
          onChange={(e) => setInput(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              add(input)
            }
          }}
        />
        <button type="button" className="button button--small" onClick={() => add(input)}>
          Add
        </button>
      </div>
      {listable ? (
        <RecordPicker collection={listable.id} collectionLabel={listable.label} onPick={add} />
      ) : null}
      {error ? (
        <p className="field__error" id={errorId(id)}>
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}

/** Which collection a polymorphic reference points into ({relationTo, value}). */
function CollectionSelect(props: {
  label: string
  collections: readonly string[]
  value: string
  onChange: (collection: string) => void
}) {
  return (
    <select
      className="input input--narrow"
      aria-label={`${props.label} collection`}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    >
      {props.collections.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  )
}
