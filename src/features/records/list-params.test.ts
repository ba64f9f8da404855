import { describe, expect, it } from 'vitest'
import { readListParams, writeListParams } from './list-params'

describe('list params', () => {
  const collections = ['pages', 'events']

  it('falls back to the first collection and page 1', () => {
    expect(readListParams(new URLSearchParams('collection=nope&page=-2'), collections)).toEqual({
      collection: 'pages',
      search: '',
      page: 1,
    })
  })

  it('reads and writes the same state', () => {
    const state = { collection: 'events', search: 'gala', page: 3 }
    expect(readListParams(writeListParams(state), collections)).toEqual(state)
    expect(writeListParams({ collection: 'pages', search: ' ', page: 1 }).toString()).toBe(
      'collection=pages',
    )
  })
})
