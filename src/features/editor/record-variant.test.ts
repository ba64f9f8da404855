import { describe, expect, it } from 'vitest'
import { pickVariant, variantSearch } from './record-variant'

describe('pickVariant', () => {
  it('keeps an offered value, else falls back to the first, and is empty without any', () => {
    expect(pickVariant('fr', ['en', 'fr'])).toBe('fr')
    expect(pickVariant('de', ['en', 'fr'])).toBe('en')
    expect(pickVariant(null, ['desktop', 'mobile'])).toBe('desktop')
    expect(pickVariant('fr', [])).toBeUndefined()
  })
})

describe('variantSearch', () => {
  it('sets one parameter and keeps the others', () => {
    const current = new URLSearchParams('device=mobile&locale=en')
    expect(variantSearch(current, 'locale', 'fr')).toBe('?device=mobile&locale=fr')
    expect(variantSearch(new URLSearchParams(), 'device', 'mobile')).toBe('?device=mobile')
  })
})
