// Lists candidate records of a collection for a relationship field, searchable, so editors pick
// a record instead of typing its id.
import { useEffect, useId, useRef, useState } from 'react'
import { useRecordList } from '../../../sync'

export function RecordPicker(props: {
  collection: string
  collectionLabel: string
  onPick(id: string): void
}) {
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const close = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }
  return (
    <div className="record-picker">
      <button
        ref={buttonRef}
        type="button"
        className="button button--small"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Choose from {props.collectionLabel}
      </button>
      {open ? (
        <PickerPanel
          collection={props.collection}
          collectionLabel={props.collectionLabel}
          onPick={(id) => {
            props.onPick(id)
            close()
          }}
          onClose={close}
        />
      ) : null}
    </div>
  )
}

function PickerPanel(props: {
  collection: string
  collectionLabel: string
  onPick(id: string): void
  onClose(): void
}) {
  const id = useId()
  const [search, setSearch] = useState('')
  const [debounced, setDebounced] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(search.trim()), 250)
    return () => clearTimeout(timer)
  }, [search])
  const list = useRecordList({
    collection: props.collection,
    page: 1,
    limit: 10,
    ...(debounced ? { search: debounced } : {}),
  })
  return (
    <div
      className="record-picker__panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          props.onClose()
        }
      }}
    >
      <label htmlFor={`${id}-search`} className="visually-hidden">
        Search {props.collectionLabel}
      </label>
      <input
        id={`${id}-search`}
        className="input"
        type="search"
        placeholder={`Search ${props.collectionLabel}…`}
        autoFocus
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {list.isPending ? <p className="muted">Loading…</p> : null}
      {list.isError ? <p className="field__error">Could not load: {list.error.message}</p> : null}
      {list.data ? (
        list.data.items.length === 0 ? (
          <p className="muted">No records found.</p>
        ) : (
          <ul
            className="record-picker__list"
            aria-label={`${props.collectionLabel} to choose from`}
          >
            {list.data.items.map((record) => (
              <li key={record.ref.id}>
                <button type="button" onClick={() => props.onPick(record.ref.id)}>
                  <span>{record.title || `Untitled (${props.collectionLabel})`}</span>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  )
}
