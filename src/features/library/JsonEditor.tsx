// A JSON text area with line numbers beside it (scrolled together) and the problems found as the
// user types, listed under it and announced politely.
import { useId, useRef } from 'react'
import type { DraftProblem } from './definition-draft'

export interface JsonEditorProps {
  label: string
  value: string
  onChange: (text: string) => void
  problems: readonly DraftProblem[]
  readOnly?: boolean
}

export function JsonEditor({ label, value, onChange, problems, readOnly }: JsonEditorProps) {
  const id = useId()
  const gutter = useRef<HTMLDivElement>(null)
  const lines = value.split('\n').length
  return (
    <div className="json-editor">
      <label htmlFor={`${id}-text`} className="json-editor__label">
        {label}
      </label>
      <div className="json-editor__frame">
        <div className="json-editor__gutter" ref={gutter} aria-hidden="true">
          {Array.from({ length: lines }, (_, i) => (
            <div key={i}>{i + 1}</div>
          ))}
        </div>
        <textarea
          id={`${id}-text`}
          className="json-editor__text"
          value={value}
          spellCheck={false}
          readOnly={readOnly}
          rows={Math.min(Math.max(lines, 8), 24)}
          aria-invalid={problems.length > 0}
          aria-describedby={`${id}-problems`}
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop
          }}
        />
      </div>
      <div id={`${id}-problems`} className="json-editor__problems" role="status" aria-live="polite">
        {problems.length === 0 ? (
          <p className="json-editor__ok">The definition has the structure of a block.</p>
        ) : (
          <ul aria-label="Problems in the definition">
            {problems.map((p, i) => (
              <li key={i}>
                {p.where ? <code>{p.where}</code> : null}
                {p.where ? ': ' : ''}
                {p.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
