// The outline: the record's block tree beside the canvas, with a filter by type or text. The
// tree itself (virtualised, keyboard, drag) is OutlineTree.
import { useId, useState } from 'react'
import '../../styles/outline.css'
import { useEditorStore } from '../../store'
import { OutlineTree } from './OutlineTree'

export function OutlinePanel() {
  const [filter, setFilter] = useState('')
  const empty = useEditorStore((s) => s.view.length === 0)
  const filterId = useId()
  return (
    <aside className="outline-panel" aria-label="Outline panel">
      <div className="outline-panel__header">
        <h2 className="outline-panel__title">Outline</h2>
        <label className="visually-hidden" htmlFor={filterId}>
          Filter blocks
        </label>
        <input
          id={filterId}
          type="search"
          className="outline-panel__filter"
          placeholder="Filter by type or text"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filter !== '') {
              e.preventDefault()
              setFilter('')
            }
          }}
        />
      </div>
      {empty ? (
        <p className="outline-panel__empty">This record has no blocks yet.</p>
      ) : (
        <OutlineTree filter={filter} />
      )}
    </aside>
  )
}
