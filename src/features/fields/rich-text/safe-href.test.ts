import { describe, expect, it } from 'vitest'
import { safeHref } from './RichTextToolbar'

describe('safeHref', () => {
  it('keeps web, mail and relative links and adds https to bare hosts', () => {
    expect(safeHref(' https://example.org/a ')).toBe('https://example.org/a')
    expect(safeHref('/events/gala')).toBe('/events/gala')
    expect(safeHref('mailto:box@example.org')).toBe('mailto:box@example.org')
    expect(safeHref('example.org')).toBe('https://example.org')
  })

  it('drops script and data URLs, and empties mean "remove the link"', () => {
    expect(safeHref('javascript:alert(1)')).toBe('')
    expect(safeHref('data:text/html,x')).toBe('')
    expect(safeHref('   ')).toBe('')
  })
})
