// Values the backend holds under keys its schema no longer describes: shown so nothing is hidden,
// but never editable and never sent (the form refuses keys outside the schema).
import type { FieldSchema, FieldValues } from '../../core'
import { settingKey } from '../../sync'

export function UnknownSettings(props: { fields: readonly FieldSchema[]; values: FieldValues }) {
  const known = new Set(props.fields.map(settingKey))
  const unknown = Object.keys(props.values).filter((key) => !known.has(key))
  if (unknown.length === 0) return null
  return (
    <section className="theme-unknown" aria-label="Settings outside the schema">
      <h3 className="theme-unknown__title">Not in the theme schema</h3>
      <p className="muted">
        These stored values are not theme settings the backend describes; they are kept as they are
        and cannot be edited here.
      </p>
      <ul>
        {unknown.map((key) => (
          <li key={key}>
            <code>{key}</code>
          </li>
        ))}
      </ul>
    </section>
  )
}
