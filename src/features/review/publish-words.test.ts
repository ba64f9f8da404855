import { describe, expect, it } from 'vitest'
import { publishedName, publishSummary } from './publish-words'

describe('publishing words', () => {
  it('name the page, its device and its language where the backend has them', () => {
    const ref = { collection: 'pages', id: '1', device: 'desktop', locale: 'en' }
    expect(publishedName('home', ref)).toBe('“home” (Desktop, English)')
    expect(publishedName('Home', { collection: 'pages', id: 'home' })).toBe('“Home”')
    expect(publishSummary(publishedName('home', ref), 2)).toBe(
      '“home” (Desktop, English) goes live with 2 changes since it was last published.',
    )
    expect(publishSummary('“Home”', 1)).toBe(
      '“Home” goes live with 1 change since it was last published.',
    )
  })
})
