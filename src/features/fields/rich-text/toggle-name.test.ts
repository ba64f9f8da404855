import { describe, expect, it } from 'vitest'
import { toggleName } from './toggle-name'

describe('toggleName', () => {
  it('starts with the short form the button shows', () => {
    expect(toggleName('H2', 'Heading 2')).toBe('H2 Heading 2')
    expect(toggleName('B', 'Bold')).toBe('B Bold')
    expect(toggleName('1. List', 'Numbered list')).toBe('1. List Numbered list')
  })

  it('keeps the long form alone when it already holds every word shown', () => {
    expect(toggleName('• List', 'Bullet list')).toBe('Bullet list')
    expect(toggleName('Link', 'Link')).toBe('Link')
  })
})
