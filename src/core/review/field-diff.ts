// Which fields of a block differ, in the schema's order and words: text and rich text with a word
// diff, groups and array items field by field, every other value as before → after.
import { deepEqual, isPlainObject } from '../deep-equal'
import type { FieldSchema, FieldValues } from '../types'
import { formatValue } from './format-value'
import { htmlToPlainText } from './html-tokens'
import { diffRichText } from './rich-text-diff'
import { diffText } from './text-diff'
import type { FieldChange } from './types'

interface Scope {
  path: string[]
  labels: string[]
}

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value)

const objectOf = (value: unknown): FieldValues => (isPlainObject(value) ? value : {})

function textChange(scope: Scope, before: unknown, after: unknown): FieldChange {
  const a = asText(before)
  const b = asText(after)
  return { ...scope, kind: 'text', before: a, after: b, textDiff: diffText(a, b) }
}

function richTextChange(scope: Scope, before: unknown, after: unknown): FieldChange {
  const a = asText(before)
  const b = asText(after)
  return {
    ...scope,
    kind: 'richText',
    before: htmlToPlainText(a),
    after: htmlToPlainText(b),
    htmlDiff: diffRichText(a, b).html,
  }
}

function valueChange(scope: Scope, before: unknown, after: unknown, field?: FieldSchema) {
  return {
    ...scope,
    kind: 'value' as const,
    before: formatValue(before, field),
    after: formatValue(after, field),
  }
}

const itemId = (item: unknown): string | undefined => {
  const id = isPlainObject(item) ? item.id : undefined
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}

/** Array items matched by their id when every item has one, else by position. */
function arrayChanges(scope: Scope, field: FieldSchema, before: unknown, after: unknown) {
  const a = Array.isArray(before) ? before : []
  const b = Array.isArray(after) ? after : []
  const changes: FieldChange[] = []
  const byId = [...a, ...b].every((item) => itemId(item) !== undefined)
  const key = (item: unknown, index: number) => (byId ? (itemId(item) as string) : String(index))
  const beforeKeys = a.map(key)
  const afterKeys = b.map(key)
  const sameSet =
    beforeKeys.length === afterKeys.length && beforeKeys.every((k) => afterKeys.includes(k))
  if (!sameSet) {
    changes.push(valueChange(scope, a, b, field))
  } else if (beforeKeys.some((k, i) => afterKeys[i] !== k)) {
    changes.push({
      ...valueChange(scope, a, b, field),
      after: `${formatValue(b, field)}, reordered`,
    })
  }
  b.forEach((item, index) => {
    const at = beforeKeys.indexOf(afterKeys[index] as string)
    if (at < 0) return
    const itemScope = {
      path: [...scope.path, afterKeys[index] as string],
      labels: [...scope.labels, `Item ${index + 1}`],
    }
    changes.push(...fieldsChanges(itemScope, field.fields, objectOf(a[at]), objectOf(item)))
  })
  return changes
}

function fieldChanges(scope: Scope, field: FieldSchema, before: FieldValues, after: FieldValues) {
  const key = field.type === 'richText' ? `${field.key}_html` : field.key
  const inner = { path: [...scope.path, key], labels: [...scope.labels, field.label || field.key] }
  const a = before[key]
  const b = after[key]
  const changes: FieldChange[] = []
  if (field.type === 'richText' && !deepEqual(before[field.key], after[field.key])) {
    // A backend that also keeps the rich text's source document (JSON) beside its HTML.
    const source = { path: [...scope.path, field.key], labels: inner.labels }
    if (deepEqual(a, b)) changes.push(valueChange(source, before[field.key], after[field.key]))
  }
  if (deepEqual(a, b)) return changes
  switch (field.type) {
    case 'text':
      return [...changes, textChange(inner, a, b)]
    case 'richText':
      return [...changes, richTextChange(inner, a, b)]
    case 'group':
      return fieldsChanges(inner, field.fields, objectOf(a), objectOf(b))
    case 'array':
      return arrayChanges(inner, field, a, b)
    default:
      return [valueChange(inner, a, b, field)]
  }
}

function fieldsChanges(
  scope: Scope,
  fields: readonly FieldSchema[] | undefined,
  before: FieldValues,
  after: FieldValues,
): FieldChange[] {
  const changes: FieldChange[] = []
  const known = new Set<string>()
  for (const field of fields ?? []) {
    known.add(field.key)
    if (field.type === 'richText') known.add(`${field.key}_html`)
    changes.push(...fieldChanges(scope, field, before, after))
  }
  // Keys the schema does not name (an older schema, a backend's own keys) still count.
  const rest = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => !known.has(key) && !deepEqual(before[key], after[key]))
    .sort()
  for (const key of rest) {
    const inner = { path: [...scope.path, key], labels: [...scope.labels, key] }
    const a = before[key]
    const b = after[key]
    if (key.endsWith('_html')) changes.push(richTextChange(inner, a, b))
    else if (typeof a === 'string' && typeof b === 'string') changes.push(textChange(inner, a, b))
    else changes.push(valueChange(inner, a, b))
  }
  return changes
}

/** The changed fields of one block, in the schema's order (unknown keys last, by name). */
export function diffFields(
  before: FieldValues,
  after: FieldValues,
  fields?: readonly FieldSchema[],
): FieldChange[] {
  return fieldsChanges({ path: [], labels: [] }, fields, before, after)
}
