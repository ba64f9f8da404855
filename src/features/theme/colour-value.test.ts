import { describe, expect, it } from 'vitest'
import { isColourField, parseColour, pickerValue } from './colour-value'

describe('isColourField', () => {
  it('finds colours by key or label, text fields only', () => {
    expect(isColourField({ key: 'accentColor', type: 'text', label: 'Accent' })).toBe(true)
    expect(isColourField({ key: 'bg', type: 'text', label: 'Background colour' })).toBe(true)
    expect(isColourField({ key: 'brand_color', type: 'text', label: 'Brand' })).toBe(true)
    expect(isColourField({ key: 'title', type: 'text', label: 'Title' })).toBe(false)
    expect(isColourField({ key: 'color', type: 'select', label: 'Colour' })).toBe(false)
    expect(isColourField({ key: 'colorful', type: 'text', label: 'Colourful mode' })).toBe(false)
  })
})

describe('parseColour', () => {
  it('accepts hex colours as typed and clears on empty', () => {
    expect(parseColour('#1a4d8f', 'Accent colour')).toEqual({ ok: true, value: '#1a4d8f' })
    expect(parseColour(' #ABC ', 'Accent colour')).toEqual({ ok: true, value: '#ABC' })
    expect(parseColour('  ', 'Accent colour')).toEqual({ ok: true, value: null })
  })

  it('refuses anything else with a message naming the field', () => {
    for (const raw of ['blue-ish', '#12345', '1a4d8f', '#ggg', 'rgb(1,2,3)']) {
      const parsed = parseColour(raw, 'Accent colour')
      expect(parsed.ok).toBe(false)
      if (!parsed.ok) expect(parsed.error).toMatch(/^Accent colour must be a colour such as #/)
    }
  })
})

describe('pickerValue', () => {
  it('gives the picker six lower-case digits', () => {
    expect(pickerValue('#ABC')).toBe('#aabbcc')
    expect(pickerValue('#1A4D8F')).toBe('#1a4d8f')
    expect(pickerValue('blue')).toBeNull()
    expect(pickerValue(undefined)).toBeNull()
  })
})
