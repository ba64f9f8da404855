// What a setting that is not set means, in words: on a page, the site's value it inherits (when
// the site's values can be read) or that it inherits one we cannot see; on the site, the theme
// default, or that the current value is unknown (Basker serves no read of the site's values).
import type { FieldSchema, FieldValues } from '../../core'
import { summarize } from '../canvas/preview-entries'
import { isColourField, pickerValue } from './colour-value'

/** The site's settings, as seen from a page's form. */
export interface SiteInheritance {
  values: FieldValues
  /** The backend cannot read the site's values: a key missing from `values` is unknown. */
  valuesUnknown: boolean
  fields: readonly FieldSchema[]
}

export interface SettingNote {
  kind: 'inherited' | 'inherited-unknown' | 'unknown' | 'default' | 'unset'
  text: string
  /** The inherited colour as #rrggbb, for a swatch beside the words. */
  colour?: string
}

const isSet = (value: unknown) => value !== undefined && value !== null && value !== ''

function shown(field: FieldSchema, value: unknown): string {
  return summarize(field, value) || String(value)
}

function inheritedNote(field: FieldSchema, site: SiteInheritance): SettingNote | null {
  const siteField = site.fields.find((f) => f.key === field.key)
  const value = site.values[field.key]
  if (isSet(value)) {
    const colour = isColourField(field) ? pickerValue(value) : null
    return {
      kind: 'inherited',
      text: `Inherited from site: ${shown(siteField ?? field, value)}`,
      ...(colour ? { colour } : {}),
    }
  }
  if (!siteField) return null
  if (site.valuesUnknown) {
    return {
      kind: 'inherited-unknown',
      text: 'Inherited from the site theme (its value cannot be read from this backend).',
    }
  }
  if (siteField.defaultValue === undefined) return null
  const colour = isColourField(field) ? pickerValue(siteField.defaultValue) : null
  return {
    kind: 'inherited',
    text: `Inherited from site default: ${shown(siteField, siteField.defaultValue)}`,
    ...(colour ? { colour } : {}),
  }
}

export function settingNote(
  field: FieldSchema,
  options: { valuesUnknown: boolean; site: SiteInheritance | null },
): SettingNote {
  if (options.valuesUnknown) {
    return {
      kind: 'unknown',
      text: 'Current value unknown; left empty, it stays as it is.',
    }
  }
  const inherited = options.site ? inheritedNote(field, options.site) : null
  if (inherited) return inherited
  if (field.defaultValue === undefined) return { kind: 'unset', text: 'Not set.' }
  return {
    kind: 'default',
    text: `Not set — the theme default (${shown(field, field.defaultValue)}) applies.`,
  }
}
