import { describe, expect, it } from 'vitest'
import { parseLiveEvent } from './live-events'

const person = {
  tab: 't1',
  userId: 'u1',
  name: 'Ann',
  blockId: 'b1',
  typing: false,
  since: '2026-12-04T10:00:00.000Z',
}

describe('parseLiveEvent', () => {
  it('reads each kind the contract names', () => {
    expect(parseLiveEvent('presence', JSON.stringify({ record: 'k', people: [person] }))).toEqual({
      kind: 'presence',
      record: 'k',
      people: [person],
    })
    expect(
      parseLiveEvent('saved', JSON.stringify({ record: 'k', tab: 't', version: null, at: 'x' })),
    ).toEqual({ kind: 'saved', record: 'k', tab: 't', version: null, at: 'x' })
    expect(parseLiveEvent('comments', JSON.stringify({ record: 'k', blockId: 'b' }))).toEqual({
      kind: 'comments',
      record: 'k',
      blockId: 'b',
    })
    expect(parseLiveEvent('approvals', JSON.stringify({ record: 'k' }))).toEqual({
      kind: 'approvals',
      record: 'k',
    })
  })

  it('drops anything malformed instead of half-applying it', () => {
    expect(parseLiveEvent('presence', '{not json')).toBeNull()
    expect(parseLiveEvent('presence', JSON.stringify({ record: 'k' }))).toBeNull()
    expect(
      parseLiveEvent(
        'presence',
        JSON.stringify({ record: 'k', people: [{ ...person, typing: 'yes' }] }),
      ),
    ).toBeNull()
    expect(parseLiveEvent('saved', JSON.stringify({ record: 'k', tab: 't', at: 'x' }))).toBeNull()
    expect(parseLiveEvent('comments', JSON.stringify({ record: 7, blockId: null }))).toBeNull()
    expect(parseLiveEvent('unknown', JSON.stringify({ record: 'k' }))).toBeNull()
    expect(parseLiveEvent('approvals', 'null')).toBeNull()
    const long = 'x'.repeat(10_000)
    expect(parseLiveEvent('approvals', JSON.stringify({ record: long }))).toBeNull()
  })
})
