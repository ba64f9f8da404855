import { describe, expect, it } from 'vitest'
import { outboxRecordKey } from '../outbox/record-key'
import { variantKeys } from './record-variants'

describe('variantKeys', () => {
  it('names the record as the editor does in each variant', () => {
    const ref = { collection: 'pages', id: 'home' }
    expect(variantKeys('basker', ref, { devices: [], locales: ['en', 'fr'] })).toEqual([
      outboxRecordKey('basker', { ...ref, locale: 'en' }),
      outboxRecordKey('basker', { ...ref, locale: 'fr' }),
    ])
    expect(variantKeys('tines', ref, { devices: [], locales: [] })).toEqual([
      outboxRecordKey('tines', ref),
    ])
    expect(variantKeys('drumee', ref, { devices: ['desktop', 'mobile'], locales: ['en'] })).toEqual(
      [
        outboxRecordKey('drumee', { ...ref, device: 'desktop', locale: 'en' }),
        outboxRecordKey('drumee', { ...ref, device: 'mobile', locale: 'en' }),
      ],
    )
  })
})
