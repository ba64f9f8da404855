import { describe, expect, it } from 'vitest'
import { fallbackNote, pickVariant, variantSearch } from './record-variant'

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

describe('fallbackNote', () => {
  it('names the language shown and the one missing', () => {
    expect(
      fallbackNote({ device: 'desktop', locale: 'fr' }, { device: 'desktop', locale: 'en' }),
    ).toBe('Showing English content — no Français version yet. Saving creates it.')
  })

  it('names the device too when the content came from the other device', () => {
    expect(
      fallbackNote({ device: 'mobile', locale: 'fr' }, { device: 'desktop', locale: 'en' }),
    ).toBe('Showing Desktop English content — no Mobile Français version yet. Saving creates it.')
  })

  it("says nothing when the content is the variant's own or unknown", () => {
    expect(
      fallbackNote({ device: 'mobile', locale: 'en' }, { device: 'mobile', locale: 'en' }),
    ).toBeNull()
    expect(fallbackNote({ device: 'mobile', locale: 'en' }, {})).toBeNull()
  })
})
