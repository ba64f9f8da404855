// The settings both the user and someone else changed (found when a save met a 409 and the
// engine rebased): each shows both values and lets the user keep theirs (re-applied as a new
// edit, saved like any other) or take the other one.
import type { FieldSchema } from '../../core'
import { useEditorStore } from '../../store'
import type { BlockConflict } from '../../store'
import { settingKey } from '../../sync'

function shown(value: unknown): string {
  if (value === undefined || value === null) return '(not set)'
  if (typeof value === 'string') return value === '' ? '(cleared)' : value
  return JSON.stringify(value)
}

function labelOf(fields: readonly FieldSchema[], key: string): string {
  return fields.find((f) => settingKey(f) === key || f.key === key)?.label ?? key
}

export function ThemeConflicts({ fields }: { fields: readonly FieldSchema[] }) {
  const conflicts = useEditorStore((s) => s.conflicts)
  if (conflicts.length === 0) return null
  return (
    <div className="theme-conflicts">
      {conflicts.flatMap((conflict) =>
        (conflict.fields.length > 0 ? conflict.fields : ['']).map((key) => (
          <ThemeConflict
            key={`${conflict.id}:${key}`}
            conflict={conflict}
            field={key}
            fields={fields}
          />
        )),
      )}
    </div>
  )
}

function ThemeConflict(props: {
  conflict: BlockConflict
  field: string
  fields: readonly FieldSchema[]
}) {
  const { conflict, field } = props
  const resolve = useEditorStore((s) => s.resolveConflict)
  const label = field ? labelOf(props.fields, field) : 'The theme settings'
  return (
    <div className="theme-conflict" role="group" aria-label={`Conflict on ${label}`}>
      <p>
        <strong>{label}</strong> was changed by someone else while you edited it.
      </p>
      {field ? (
        <dl className="theme-conflict__values">
          <dt>Yours</dt>
          <dd>{shown(conflict.mine[field])}</dd>
          <dt>Theirs</dt>
          <dd>{shown(conflict.theirs[field])}</dd>
        </dl>
      ) : (
        <p>{conflict.message}</p>
      )}
      <div className="theme-conflict__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => resolve(conflict.id, 'mine')}
        >
          Keep mine
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => resolve(conflict.id, 'theirs')}
        >
          Take theirs
        </button>
      </div>
    </div>
  )
}
