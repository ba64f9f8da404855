// An upload field: the chosen medium as a picture with its title, and a picker. Where the
// backend lists the field's collection, the picker shows thumbnails with a search; otherwise a
// medium is chosen by its id, with a preview of what that id will show before it is used.
import { useId, useRef, useState } from 'react'
import { validateFieldValue } from '../../../core'
import { useBackendCollection, useRecordList } from '../../../sync'
import { fieldCollection, mediaPicture, refItems, referenceId } from '../../blocks-view'
import { errorId } from '../FieldShell'
import type { ControlProps } from './types'

export function MediaField(props: ControlProps) {
  const { id, field } = props
  const many = field.hasMany === true
  const items = refItems(props.value)
  const [error, setError] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  const collection = fieldCollection(field, items[0])
  const listable = useBackendCollection(collection)
  const polymorphic = Array.isArray(field.relationTo) && field.relationTo.length > 1

  const commit = (next: unknown[]) => {
    const value = many ? next : (next[0] ?? null)
    const problem = validateFieldValue(field, value)
    setError(problem)
    if (!problem) props.onChange(value)
  }
  const pick = (mediaId: string) => {
    const ref = polymorphic && collection ? { relationTo: collection, value: mediaId } : mediaId
    commit(many ? [...items, ref] : [ref])
    setOpen(false)
    opener.current?.focus()
  }

  return (
    <fieldset className={error ? 'field fieldset has-error' : 'field fieldset'}>
      <legend className="field__label">{field.label}</legend>
      {items.length === 0 ? <p className="muted">No image chosen.</p> : null}
      <ul className="media-field__chosen" aria-label={`${field.label}: chosen`}>
        {items.map((item, index) => {
          const picture = mediaPicture(item)
          return picture ? (
            <li key={`${referenceId(item)}-${index}`} className="media-field__item">
              <img className="media-field__thumb" src={picture.src} alt="" />
              <span className="media-field__title">{picture.alt}</span>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={`Remove ${picture.alt}`}
                onClick={() => commit(items.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            </li>
          ) : null
        })}
      </ul>
      <button
        ref={opener}
        type="button"
        className="button button--small"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {items.length > 0 && !many ? 'Change image' : 'Choose image'}
      </button>
      {open ? (
        listable ? (
          <MediaGrid collection={listable.id} label={listable.label} onPick={pick} />
        ) : (
          <MediaById onPick={pick} onCancel={() => setOpen(false)} />
        )
      ) : null}
      {error ? (
        <p className="field__error" id={errorId(id)}>
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}

/** The backend's media listing: thumbnails named by title, with a search. */
function MediaGrid(props: { collection: string; label: string; onPick(id: string): void }) {
  const id = useId()
  const [search, setSearch] = useState('')
  const list = useRecordList({
    collection: props.collection,
    page: 1,
    limit: 24,
    ...(search.trim() ? { search: search.trim() } : {}),
  })
  return (
    <div className="media-picker">
      <label htmlFor={`${id}-search`}>Search {props.label}</label>
      <input
        id={`${id}-search`}
        className="input"
        type="search"
        autoFocus
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {list.isPending ? <p className="muted">Loading…</p> : null}
      {list.isError ? <p className="field__error">Could not load: {list.error.message}</p> : null}
      {list.data && list.data.items.length === 0 ? <p className="muted">Nothing found.</p> : null}
      <ul className="media-picker__grid" aria-label={`${props.label} to choose from`}>
        {list.data?.items.map((record) => {
          const picture = mediaPicture({ id: record.ref.id, title: record.title })
          return picture ? (
            <li key={record.ref.id}>
              <button type="button" onClick={() => props.onPick(record.ref.id)}>
                <img src={picture.src} alt="" />
                <span>{picture.alt}</span>
              </button>
            </li>
          ) : null
        })}
      </ul>
    </div>
  )
}

/** No listing to browse: the medium's id, with a preview of what it will show. */
function MediaById(props: { onPick(id: string): void; onCancel(): void }) {
  const id = useId()
  const [raw, setRaw] = useState('')
  const picture = raw.trim() ? mediaPicture(raw.trim()) : null
  const use = () => {
    if (raw.trim()) props.onPick(raw.trim())
  }
  return (
    <div
      className="media-picker"
      role="group"
      aria-label="Choose an image by id"
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault()
          use()
        } else if (e.key === 'Escape') {
          e.stopPropagation()
          props.onCancel()
        }
      }}
    >
      <p className="muted">This backend has no media library to browse: enter the image’s id.</p>
      <label htmlFor={`${id}-media`}>Image id</label>
      <input
        id={`${id}-media`}
        className="input"
        type="text"
        autoFocus
        value={raw}
        onChange={(e) => setRaw(e.target.value)}
      />
      {picture ? (
        <figure className="media-picker__preview">
          <img src={picture.src} alt={`Preview: ${picture.alt}`} />
          <figcaption>{picture.alt}</figcaption>
        </figure>
      ) : null}
      <button type="button" className="button button--small" disabled={!picture} onClick={use}>
        Use this image
      </button>
    </div>
  )
}
