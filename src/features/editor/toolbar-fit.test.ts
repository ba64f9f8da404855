import { describe, expect, it } from 'vitest'
import { INITIAL_FIT, nextFit } from './toolbar-fit'

describe('nextFit', () => {
  it('keeps every control on the row while they fit', () => {
    expect(nextFit(INITIAL_FIT, { contentWidth: 900, availableWidth: 1200 })).toBe(INITIAL_FIT)
  })

  it('moves the secondary controls, then history, into "More" while the row overflows', () => {
    const one = nextFit(INITIAL_FIT, { contentWidth: 1500, availableWidth: 1200 })
    expect(one).toEqual({ level: 1, needed: [1500, 0] })
    const two = nextFit(one, { contentWidth: 500, availableWidth: 390 })
    expect(two).toEqual({ level: 2, needed: [1500, 500] })
    expect(nextFit(two, { contentWidth: 400, availableWidth: 360 })).toBe(two)
  })

  it('brings a level back only when the width it needed is there, with room to spare', () => {
    const two = { level: 2, needed: [1500, 500] } as const
    expect(nextFit(two, { contentWidth: 380, availableWidth: 505 })).toBe(two)
    const one = nextFit(two, { contentWidth: 380, availableWidth: 520 })
    expect(one.level).toBe(1)
    expect(nextFit(one, { contentWidth: 600, availableWidth: 1400 }).level).toBe(1)
    expect(nextFit(one, { contentWidth: 600, availableWidth: 1510 }).level).toBe(0)
  })

  it('remembers the larger width when a restored level overflows again', () => {
    const back = nextFit(
      { level: 1, needed: [1000, 0] },
      { contentWidth: 700, availableWidth: 1100 },
    )
    expect(back.level).toBe(0)
    const again = nextFit(back, { contentWidth: 1180, availableWidth: 1100 })
    expect(again).toEqual({ level: 1, needed: [1180, 0] })
    expect(nextFit(again, { contentWidth: 700, availableWidth: 1100 })).toBe(again)
  })
})
