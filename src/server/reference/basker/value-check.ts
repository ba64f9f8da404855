// Checks field values against their schema before a write is stored: the reference backend keeps
// only values of the declared type. Drafts may be incomplete, so `required` is not enforced here,
// and null always clears a field.
import type { FieldSchema } from '../../../core/types'
import type { ErrorDetail } from '../../http/errors'
import { isObject } from './request-body'

const isRef = (value: unknown): boolean =>
  (typeof value === 'string' && value.length > 0) ||
  (isObject(value) && typeof value.relationTo === 'string' && typeof value.value === 'string')

const checkOne = (field: FieldSchema, value: unknown, path: string, out: ErrorDetail[]): void => {
  const fail = (message: string): void => {
    out.push({ path, message: `${path} ${message}`, code: 'invalid-value' })
  }
  if (value === null) return
  switch (field.type) {
    case 'text':
      if (typeof value !== 'string') fail('must be a string.')
      return
    case 'richText':
      // The structured form is Basker's own rich-text JSON; the reference stores it as given.
      if (typeof value !== 'string' && typeof value !== 'object') fail('must be rich text.')
      return
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail('must be a finite number.')
      return
    case 'checkbox':
      if (typeof value !== 'boolean') fail('must be true or false.')
      return
    case 'date':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) fail('must be an ISO date.')
      return
    case 'select': {
      const allowed = (field.options ?? []).map((option) => option.value)
      const values = field.hasMany && Array.isArray(value) ? value : [value]
      if (values.some((v) => typeof v !== 'string' || !allowed.includes(v))) {
        fail(`must be one of ${allowed.join(', ')}.`)
      }
      return
    }
    case 'relationship':
    case 'upload': {
      const ok = field.hasMany ? Array.isArray(value) && value.every(isRef) : isRef(value)
      if (!ok) fail(field.hasMany ? 'must be a list of ids.' : 'must be an id.')
      return
    }
    case 'customObject':
      if (!isObject(value)) fail('must be an object.')
      return
    case 'group':
      if (!isObject(value)) fail('must be an object.')
      else checkValues(field.fields ?? [], value, path, out)
      return
    case 'array':
      if (!Array.isArray(value)) {
        fail('must be a list.')
        return
      }
      value.forEach((row: unknown, index) => {
        if (!isObject(row)) fail(`[${index}] must be an object.`)
        // Array rows may carry their own id, as Basker's reads return them.
        else checkValues([...(field.fields ?? []), ID_FIELD], row, `${path}[${index}]`, out)
      })
  }
}

const ID_FIELD: FieldSchema = { key: 'id', type: 'text', label: 'Id' }

/** Appends one problem per bad key of `values` (unknown keys included) to `out`. */
export const checkValues = (
  fields: readonly FieldSchema[],
  values: Record<string, unknown>,
  path: string,
  out: ErrorDetail[],
): void => {
  for (const [key, value] of Object.entries(values)) {
    const field =
      fields.find((f) => f.key === key) ??
      fields.find((f) => f.type === 'richText' && `${f.key}_html` === key)
    const at = `${path}.${key}`
    if (!field) {
      out.push({ path: at, message: `${at} is not a known field.`, code: 'unknown-field' })
    } else if (key !== field.key) {
      if (value !== null && typeof value !== 'string') {
        out.push({ path: at, message: `${at} must be an HTML string.`, code: 'invalid-value' })
      }
    } else {
      checkOne(field, value, at, out)
    }
  }
}
