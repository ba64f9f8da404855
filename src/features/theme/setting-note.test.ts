import { describe, expect, it } from 'vitest'
import type { FieldSchema } from '../../core'
import { settingNote } from './setting-note'

const accent: FieldSchema = { key: 'accentColor', type: 'text', label: 'Accent colour' }
const template: FieldSchema = {
  key: 'template',
  type: 'select',
  label: 'Template',
  options: [{ value: 'default', label: 'Default' }],
  defaultValue: 'default',
}
const siteFields: FieldSchema[] = [
  accent,
  { key: 'primaryColor', type: 'text', label: 'Primary colour', defaultValue: '#1D4ED8' },
]

describe('settingNote', () => {
  it("shows a page's inherited site value, with its colour", () => {
    const site = { values: { accentColor: '#1a4d8f' }, valuesUnknown: false, fields: siteFields }
    expect(settingNote(accent, { valuesUnknown: false, site })).toEqual({
      kind: 'inherited',
      text: 'Inherited from site: #1a4d8f',
      colour: '#1a4d8f',
    })
  })

  it("falls back on the site's default, then the page's own", () => {
    const site = { values: {}, valuesUnknown: false, fields: siteFields }
    const primary: FieldSchema = { key: 'primaryColor', type: 'text', label: 'Primary colour' }
    expect(settingNote(primary, { valuesUnknown: false, site })).toEqual({
      kind: 'inherited',
      text: 'Inherited from site default: #1D4ED8',
      colour: '#1d4ed8',
    })
    expect(settingNote(template, { valuesUnknown: false, site })).toEqual({
      kind: 'default',
      text: 'Not set — the theme default (Default) applies.',
    })
    expect(settingNote(accent, { valuesUnknown: false, site })).toEqual({
      kind: 'unset',
      text: 'Not set.',
    })
  })

  it("says so when the site's value cannot be read, and never says Not set there", () => {
    const site = { values: {}, valuesUnknown: true, fields: siteFields }
    expect(settingNote(accent, { valuesUnknown: false, site }).kind).toBe('inherited-unknown')
    // What this editor set on the site is known even there.
    const known = { ...site, values: { accentColor: '#abc' } }
    expect(settingNote(accent, { valuesUnknown: false, site: known }).text).toBe(
      'Inherited from site: #abc',
    )
    expect(settingNote(accent, { valuesUnknown: true, site: null }).kind).toBe('unknown')
  })
})
