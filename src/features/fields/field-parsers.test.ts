import { describe, expect, it } from 'vitest'
import { dateCodec, jsonObjectCodec, numberCodec, selectCodec, textCodec } from './field-parsers'

describe('field codecs', () => {
  it('parses numbers and refuses anything else', () => {
    expect(numberCodec.parse(' 12.5 ')).toEqual({ ok: true, value: 12.5 })
    expect(numberCodec.parse('')).toEqual({ ok: true, value: null })
    expect(numberCodec.parse('12a').ok).toBe(false)
    expect(numberCodec.format(null)).toBe('')
    expect(numberCodec.format(4)).toBe('4')
  })

  it('keeps the time of a stored date-time when the day changes', () => {
    const codec = dateCodec('2026-03-01T19:30:00.000Z')
    expect(codec.format('2026-03-01T19:30:00.000Z')).toBe('2026-03-01')
    expect(codec.parse('2026-04-02')).toEqual({ ok: true, value: '2026-04-02T19:30:00.000Z' })
    expect(dateCodec(null).parse('2026-04-02')).toEqual({ ok: true, value: '2026-04-02' })
    expect(dateCodec(null).parse('')).toEqual({ ok: true, value: null })
  })

  it('reads JSON objects only', () => {
    expect(jsonObjectCodec.parse('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } })
    expect(jsonObjectCodec.parse('[1]').ok).toBe(false)
    const broken = jsonObjectCodec.parse('{"a":')
    expect(broken.ok).toBe(false)
    expect(broken.ok ? '' : broken.error).toMatch(/^Not valid JSON/)
  })

  it('maps the empty choice and text', () => {
    expect(selectCodec.parse('')).toEqual({ ok: true, value: null })
    expect(textCodec.format(undefined)).toBe('')
    expect(textCodec.format(7)).toBe('7')
  })
})
