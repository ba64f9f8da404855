import { describe, expect, it } from 'vitest'
import { sameIds } from './use-stable-ids'

const row = (id: string, title = '') => ({ id, title })
const idOf = (r: { id: string }) => r.id

describe('sameIds', () => {
  it('is true for the same ids in the same order, whatever else changed', () => {
    expect(sameIds(['a', 'b'], [row('a'), row('b', 'x')], idOf)).toBe(true)
  })
  it('is false when the order, the count or an id differs', () => {
    expect(sameIds(['a', 'b'], [row('b'), row('a')], idOf)).toBe(false)
    expect(sameIds(['a'], [row('a'), row('b')], idOf)).toBe(false)
    expect(sameIds(['a', 'c'], [row('a'), row('b')], idOf)).toBe(false)
  })
})
