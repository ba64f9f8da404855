import { describe, expect, it } from 'vitest'
import { PERSON_COLOURS, initials, personColour } from './person-look'

describe('person look', () => {
  it('gives initials a local tab can be told apart by', () => {
    expect(initials('Ann Lee')).toBe('AL')
    expect(initials('ann')).toBe('A')
    expect(initials('Local admin (Tab 2)')).toBe('T2')
    expect(initials('  ')).toBe('?')
  })

  it('derives one colour per user, and per tab for the local admin', () => {
    const ann = personColour({ userId: 'u-ann', tab: 'a' })
    expect(personColour({ userId: 'u-ann', tab: 'b' })).toBe(ann)
    expect(PERSON_COLOURS).toContain(ann)
    const tabs = new Set(
      ['t1', 't2', 't3', 't4'].map((tab) => personColour({ userId: 'local', tab })),
    )
    expect(tabs.size).toBeGreaterThan(1)
  })
})
