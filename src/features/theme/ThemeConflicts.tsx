// The settings both the user and someone else changed: each shows both values and lets the user
// keep theirs (re-applied as an unsaved edit) or take the other one.
import { useStore } from 'zustand'
import { resolveThemeConflict } from '../../sync'
import type { ThemeDraftStore, ThemeEdit } from '../../sync'

function shown(value: unknown): string {
  if (value === undefined || value === null) return '(not set)'
  if (typeof value === 'string') return value === '' ? '(empty)' : value
  return JSON.stringify(value)
}

const mineText = (edit: ThemeEdit) => (edit.kind === 'unset' ? '(cleared)' : shown(edit.value))

export function ThemeConflicts({ store }: { store: ThemeDraftStore }) {
  const conflicts = useStore(store, (s) => s.conflicts)
  const fields = useStore(store, (s) => s.fields)
  if (conflicts.length === 0) return null
  return (
    <div className="theme-conflicts">
      {conflicts.map((conflict) => {
        const label =
          fields.find((f) => f.key === conflict.key || `${f.key}_html` === conflict.key)?.label ??
          conflict.key
        return (
          <div
            key={conflict.key}
            className="theme-conflict"
            role="group"
            aria-label={`Conflict on ${label}`}
          >
            <p>
              <strong>{label}</strong> was changed by someone else while you edited it.
            </p>
            <dl className="theme-conflict__values">
              <dt>Yours</dt>
              <dd>{mineText(conflict.mine)}</dd>
              <dt>Theirs</dt>
              <dd>{shown(conflict.theirs)}</dd>
            </dl>
            <div className="theme-conflict__actions">
              <button
                type="button"
                className="button button--small"
                onClick={() => resolveThemeConflict(store, conflict.key, 'mine')}
              >
                Keep mine
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => resolveThemeConflict(store, conflict.key, 'theirs')}
              >
                Take theirs
              </button>
            </div>
          </div>
        )
      })}
    </div>
  )
}
