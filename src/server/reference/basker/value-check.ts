// Checks the field values a write stores against the block schema. Types are checked with the
// browser's own validateFieldValue, so the editor's forms and the backend agree on what is valid;
// on top of it the backend refuses keys the schema does not know, at every depth. Drafts may be
// incomplete, so `required` is not enforced here, and null always clears a field.
import { validateFieldValue } from '../../../core'
import type { FieldSchema } from '../../../core/types'
import type { ErrorDetail } from '../../http/errors'
import { isObject } from './request-body'

const lenient = (field: FieldSchema): FieldSchema => {
  const { required: _required, fields, ...rest } = field
  return fields ? { ...rest, fields: fields.map(lenient) } : rest
}

// Array rows may carry their own id, as Basker's reads return them.
const ROW_ID: FieldSchema = { key: 'id', type: 'text', label: 'Id' }

const fieldFor = (fields: readonly FieldSchema[], key: string): FieldSchema | undefined =>
  fields.find((f) => f.key === key) ??
  fields.find((f) => f.type === 'richText' && `${f.key}_html` === key)

/** Keys unknown to the schema, inside groups and array rows too. */
const unknownKeys = (
  fields: readonly FieldSchema[],
  values: Record<string, unknown>,
  path: string,
  out: ErrorDetail[],
): void => {
  for (const [key, value] of Object.entries(values)) {
    const at = `${path}.${key}`
    const field = fieldFor(fields, key)
    if (!field) {
      out.push({ path: at, message: `${at} is not a known field.`, code: 'unknown-field' })
    } else if (field.type === 'group' && isObject(value)) {
      unknownKeys(field.fields ?? [], value, at, out)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row: unknown, index) => {
        if (isObject(row))
          unknownKeys([...(field.fields ?? []), ROW_ID], row, `${at}[${index}]`, out)
      })
    }
  }
}

const typeProblem = (field: FieldSchema, key: string, value: unknown): string | null => {
  if (value === null) return null
  // `<key>_html` carries rich text as an HTML string.
  if (key !== field.key) return typeof value === 'string' ? null : 'must be an HTML string.'
  // Basker also accepts its structured rich-text JSON under the plain key; it is stored as given.
  if (field.type === 'richText' && typeof value === 'object') return null
  return validateFieldValue(lenient(field), value)
}

/** Appends one problem per bad key of `values` to `out`. */
export const checkValues = (
  fields: readonly FieldSchema[],
  values: Record<string, unknown>,
  path: string,
  out: ErrorDetail[],
): void => {
  const before = out.length
  unknownKeys(fields, values, path, out)
  if (out.length > before) return
  for (const [key, value] of Object.entries(values)) {
    const field = fieldFor(fields, key)
    const problem = field ? typeProblem(field, key, value) : null
    const at = `${path}.${key}`
    if (problem) out.push({ path: at, message: `${at}: ${problem}`, code: 'invalid-value' })
  }
}
