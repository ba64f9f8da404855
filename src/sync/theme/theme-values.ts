// The pure part of theme settings as a synced document: a scope's settings are one block whose
// value is the settings (keyed as on the wire; rich text: `<key>_html`), so the block engine's
// plan, rebase and conflicts apply to them unchanged; this file turns the document back into the
// {set, unset} a backend takes.
import { deepEqual } from '../../core'
import type { Block, BlockTypeSchema, FieldSchema, FieldValues } from '../../core'
import type { ThemeSettings, ThemeSettingsChange } from '../../adapters/types'

export const THEME_BLOCK_ID = 'theme-settings'
export const THEME_BLOCK_TYPE = 'theme-settings'

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

/** The block type of a scope's settings: its fields are the theme schema's. */
export function themeSchema(fields: FieldSchema[]): BlockTypeSchema[] {
  return [{ type: THEME_BLOCK_TYPE, label: 'Theme settings', fields }]
}

export function themeBlocks(values: FieldValues): Block[] {
  return [{ id: THEME_BLOCK_ID, type: THEME_BLOCK_TYPE, value: values }]
}

export function themeValues(blocks: readonly Block[]): FieldValues {
  return blocks.find((b) => b.id === THEME_BLOCK_ID)?.value ?? {}
}

export function settingsOf(blocks: readonly Block[], version: string | null): ThemeSettings {
  return { values: themeValues(blocks), version }
}

/**
 * The body that takes the backend from `before` to `after`: a changed key is set, a cleared one
 * that was there is unset; keys outside the schema are never sent.
 */
export function changeBetween(
  before: FieldValues,
  after: FieldValues,
  allowed: ReadonlySet<string>,
): ThemeSettingsChange {
  const change: ThemeSettingsChange = { set: {}, unset: [] }
  for (const key of allowed) {
    const next = after[key]
    if (isEmptyValue(next)) {
      if (own(before, key)) change.unset.push(key)
    } else if (!deepEqual(before[key], next)) {
      change.set[key] = next
    }
  }
  return change
}

export function isEmptyChange(change: ThemeSettingsChange): boolean {
  return change.unset.length === 0 && Object.keys(change.set).length === 0
}

/** The keys whose shown value differs from what the backend holds (the "edited" marks). */
export function editedKeys(base: FieldValues, shown: FieldValues): Set<string> {
  const keys = new Set<string>()
  for (const key of new Set([...Object.keys(base), ...Object.keys(shown)])) {
    const a = isEmptyValue(base[key]) ? undefined : base[key]
    const b = isEmptyValue(shown[key]) ? undefined : shown[key]
    if (!deepEqual(a, b)) keys.add(key)
  }
  return keys
}
