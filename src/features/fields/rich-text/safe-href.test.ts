import { describe, expect, it } from 'vitest'
import { checkHref, safeHref } from './link-href'

describe('safeHref', () => {
  it('keeps web, mail, phone and relative links and adds https to bare hosts', () => {
    expect(safeHref(' https://example.org/a ')).toBe('https://example.org/a')
    expect(safeHref('/events/gala')).toBe('/events/gala')
    expect(safeHref('#tickets')).toBe('#tickets')
    expect(safeHref('../about')).toBe('../about')
    expect(safeHref('mailto:box@example.org')).toBe('mailto:box@example.org')
    expect(safeHref('tel:+441234567')).toBe('tel:+441234567')
    expect(safeHref('example.org')).toBe('https://example.org')
  })

  it('drops script and data URLs and empty input', () => {
    expect(safeHref('javascript:alert(1)')).toBe('')
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBe('')
    expect(safeHref('data:text/html,x')).toBe('')
    expect(safeHref('vbscript:x')).toBe('')
    expect(safeHref('   ')).toBe('')
  })

  it('says why an address is refused', () => {
    expect(checkHref('javascript:alert(1)')).toEqual({
      ok: false,
      error: 'Only http, https, mailto and tel links, or a path on this site.',
    })
    expect(checkHref('a b')).toMatchObject({ ok: false })
  })
})
