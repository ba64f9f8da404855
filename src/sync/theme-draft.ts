// The pure part of editing theme settings: the user's edits over the values last read, the
// {set, unset} they become, and how they replay on a newer version after a 409. Edits are keyed by
// the key sent on the wire (rich text: `<key>_html`), so what is shown is exactly what is sent.
import { deepEqual } from '../core'
import type { FieldSchema, FieldValues } from '../core'
import type { ThemeSettingsChange } from '../adapters/types'

export type ThemeEdit = { kind: 'set'; value: unknown } | { kind: 'unset' }

export type ThemeEdits = Record<string, ThemeEdit>

/** A key both the user and someone else changed since the user's base. */
export interface ThemeConflict {
  key: string
  mine: ThemeEdit
  /** Their value; undefined when they removed it. */
  theirs: unknown
}

export function settingKey(field: FieldSchema): string {
  return field.type === 'richText' ? `${field.key}_html` : field.key
}

export function settingKeys(fields: readonly FieldSchema[]): Set<string> {
  return new Set(fields.map(settingKey))
}

/** A cleared control: clearing a setting removes it (unset) rather than storing an empty value. */
export function isEmptyValue(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  )
}

const own = (values: FieldValues, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(values, key)

/** The edit that takes `base[key]` to `value`, or null when nothing changes. */
export function editFor(base: FieldValues, key: string, value: unknown): ThemeEdit | null {
  if (isEmptyValue(value)) return own(base, key) ? { kind: 'unset' } : null
  return deepEqual(base[key], value) ? null : { kind: 'set', value }
}

/** Drops the edits that no longer change anything on `base`. */
export function normalizeEdits(base: FieldValues, edits: ThemeEdits): ThemeEdits {
  const next: ThemeEdits = {}
  for (const [key, edit] of Object.entries(edits)) {
    const kept = editFor(base, key, edit.kind === 'set' ? edit.value : undefined)
    if (kept) next[key] = kept
  }
  return next
}

export function applyEdits(base: FieldValues, edits: ThemeEdits): FieldValues {
  const next: FieldValues = { ...base }
  for (const [key, edit] of Object.entries(edits)) {
    if (edit.kind === 'set') next[key] = edit.value
    else delete next[key]
  }
  return next
}

/** The body of the PATCH; keys outside the schema are never sent. */
export function changeOf(edits: ThemeEdits, allowed: ReadonlySet<string>): ThemeSettingsChange {
  const change: ThemeSettingsChange = { set: {}, unset: [] }
  for (const [key, edit] of Object.entries(edits)) {
    if (!allowed.has(key)) continue
    if (edit.kind === 'set') change.set[key] = edit.value
    else change.unset.push(key)
  }
  return change
}

export function isEmptyChange(change: ThemeSettingsChange): boolean {
  return change.unset.length === 0 && Object.keys(change.set).length === 0
}

/**
 * Replays the edits made on `oldBase` onto `newBase`: a key they did not touch keeps the user's
 * edit, a key they set to what the user wanted needs nothing, and a key both changed differently
 * is a conflict (the edit is held back until the user picks a side).
 */
export function rebaseEdits(
  oldBase: FieldValues,
  newBase: FieldValues,
  edits: ThemeEdits,
): { edits: ThemeEdits; conflicts: ThemeConflict[] } {
  const kept: ThemeEdits = {}
  const conflicts: ThemeConflict[] = []
  for (const [key, edit] of Object.entries(edits)) {
    const theirsChanged =
      own(oldBase, key) !== own(newBase, key) || !deepEqual(oldBase[key], newBase[key])
    if (!theirsChanged) {
      kept[key] = edit
      continue
    }
    const sameAsTheirs =
      edit.kind === 'set' ? deepEqual(edit.value, newBase[key]) : !own(newBase, key)
    if (!sameAsTheirs) conflicts.push({ key, mine: edit, theirs: newBase[key] })
  }
  return { edits: normalizeEdits(newBase, kept), conflicts }
}

/** After a save: the edits sent are done, except those the user changed again meanwhile. */
export function pruneSent(edits: ThemeEdits, sent: ThemeEdits, newBase: FieldValues): ThemeEdits {
  const rest: ThemeEdits = {}
  for (const [key, edit] of Object.entries(edits)) {
    if (!deepEqual(sent[key], edit)) rest[key] = edit
  }
  return normalizeEdits(newBase, rest)
}
