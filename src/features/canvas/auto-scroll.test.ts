import { describe, expect, it } from 'vitest'
import { autoScrollStep } from './auto-scroll'

const band = { band: 80, max: 16 }

describe('autoScrollStep', () => {
  it('does not scroll away from the edges', () => {
    expect(autoScrollStep(400, 0, 800, band)).toBe(0)
    expect(autoScrollStep(81, 0, 800, band)).toBe(0)
  })

  it('grows with the depth into the band, up and down', () => {
    expect(autoScrollStep(60, 0, 800, band)).toBe(-4)
    expect(autoScrollStep(40, 0, 800, band)).toBe(-8)
    expect(autoScrollStep(760, 0, 800, band)).toBe(8)
    expect(autoScrollStep(780, 0, 800, band)).toBe(12)
  })

  it('is capped at the edge and beyond it', () => {
    expect(autoScrollStep(0, 0, 800, band)).toBe(-16)
    expect(autoScrollStep(-300, 0, 800, band)).toBe(-16)
    expect(autoScrollStep(2000, 0, 800, band)).toBe(16)
  })

  it('keeps the bands within a quarter of a short container', () => {
    expect(autoScrollStep(100, 0, 200, band)).toBe(0)
    expect(autoScrollStep(10, 0, 200, band)).toBe(-13)
  })
})
