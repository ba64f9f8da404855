import { describe, expect, it } from 'vitest'
import { diffText, hasTextChanges } from './text-diff'

describe('diffText', () => {
  it('marks the words that changed and keeps the rest', () => {
    expect(diffText('Welcome to the centre', 'Welcome to the new centre')).toEqual([
      { kind: 'equal', text: 'Welcome to the ' },
      { kind: 'insert', text: 'new ' },
      { kind: 'equal', text: 'centre' },
    ])
  })

  it('shows a replaced word as removed then added', () => {
    const parts = diffText('Plan your visit', 'Plan your trip')
    expect(parts).toEqual([
      { kind: 'equal', text: 'Plan your ' },
      { kind: 'delete', text: 'visit' },
      { kind: 'insert', text: 'trip' },
    ])
    expect(hasTextChanges(parts)).toBe(true)
  })

  it('reports no change for equal texts and nothing for two empty ones', () => {
    expect(hasTextChanges(diffText('Same', 'Same'))).toBe(false)
    expect(diffText('', '')).toEqual([])
    expect(diffText('', 'New')).toEqual([{ kind: 'insert', text: 'New' }])
  })
})
