import type { FieldSchema } from '../../../core'

/** What every field control receives: its schema, its current value and where to send changes. */
export interface ControlProps {
  id: string
  field: FieldSchema
  value: unknown
  onChange(value: unknown): void
}
