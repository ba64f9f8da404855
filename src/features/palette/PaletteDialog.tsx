// The "Add block" dialog: a searchable list of the schema's block types. Typing filters, the
// arrow keys move the highlight, Enter adds (Shift+Enter adds before the block), Escape closes.
import { useId, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { BlockTypeSchema } from '../../core'
import { Icon } from '../shared/Icon'
import { filterBlockTypes, moveHighlight } from './filter-block-types'
import { trapTab } from '../shared/focus-trap'

export type RelativeSide = 'after' | 'before'

export interface PaletteDialogProps {
  types: readonly BlockTypeSchema[]
  /** The block the new one goes next to; absent when it goes at the end of a list. */
  anchorLabel?: string
  initialSide?: RelativeSide
  onPick(schemaType: BlockTypeSchema, side: RelativeSide): void
  onClose(): void
}

export function PaletteDialog(props: PaletteDialogProps) {
  const { types, anchorLabel, onPick, onClose } = props
  const id = useId()
  const [query, setQuery] = useState('')
  const [side, setSide] = useState<RelativeSide>(props.initialSide ?? 'after')
  const [highlight, setHighlight] = useState(0)
  const dialogRef = useRef<HTMLDivElement>(null)
  const results = useMemo(() => filterBlockTypes(types, query), [types, query])
  const active = results.length === 0 ? -1 : Math.min(Math.max(highlight, 0), results.length - 1)
  const optionId = (index: number) => `${id}-option-${index}`

  const pick = (index: number, chosenSide: RelativeSide) => {
    const type = results[index]
    if (type) onPick(type, chosenSide)
  }

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setHighlight(moveHighlight(active, event.key === 'ArrowDown' ? 1 : -1, results.length))
    } else if (event.key === 'Home' && event.ctrlKey) {
      setHighlight(0)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      pick(active, anchorLabel !== undefined && event.shiftKey ? 'before' : side)
    }
  }

  const onDialogKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onClose()
    } else if (event.key === 'Tab') {
      trapTab(event, dialogRef.current)
    }
  }

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose()
      }}
    >
      <div
        ref={dialogRef}
        className="dialog palette"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={onDialogKeyDown}
      >
        <div className="dialog__header">
          <h2 id={`${id}-title`}>Add block</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            <Icon name="close" />
          </button>
        </div>
        {anchorLabel !== undefined ? (
          <fieldset className="palette__side">
            <legend>Position</legend>
            {(['after', 'before'] as const).map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`${id}-side`}
                  value={value}
                  checked={side === value}
                  onChange={() => setSide(value)}
                />
                {value === 'after' ? 'After' : 'Before'} {anchorLabel}
              </label>
            ))}
          </fieldset>
        ) : null}
        <label className="palette__search-label" htmlFor={`${id}-search`}>
          Search block types
        </label>
        <input
          id={`${id}-search`}
          className="palette__search"
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          autoFocus
          value={query}
          placeholder="Type to filter…"
          onChange={(e) => {
            setQuery(e.target.value)
            setHighlight(0)
          }}
          onKeyDown={onSearchKeyDown}
        />
        <ul id={`${id}-list`} className="palette__list" role="listbox" aria-label="Block types">
          {results.map((type, index) => (
            <li
              key={type.type}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'palette__option is-active' : 'palette__option'}
              onMouseMove={() => setHighlight(index)}
              onClick={() => pick(index, side)}
            >
              <span className="palette__option-label">{type.label}</span>
              <span className="palette__option-meta">
                {type.fields.length} {type.fields.length === 1 ? 'field' : 'fields'}
              </span>
            </li>
          ))}
        </ul>
        {results.length === 0 ? (
          <p className="palette__empty" role="status">
            No block type matches “{query}”.
          </p>
        ) : null}
        <p className="dialog__hint">
          ↑ ↓ choose · Enter add{anchorLabel !== undefined ? ' · Shift+Enter add before' : ''} · Esc
          close
        </p>
      </div>
    </div>
  )
}
