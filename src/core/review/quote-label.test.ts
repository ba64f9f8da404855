import { describe, expect, it } from 'vitest'
import { quoted } from './quote-label'

describe('quoted', () => {
  it('puts a plain label in one pair of curly quotes', () => {
    expect(quoted('Intro')).toBe('“Intro”')
  })

  it('keeps one pair around a label that is a quotation', () => {
    expect(quoted('“The most adventurous stage.”')).toBe('“The most adventurous stage.”')
    expect(quoted('"Straight quotes"')).toBe('“Straight quotes”')
    expect(quoted('« Bienvenue »')).toBe('“Bienvenue”')
  })

  it('keeps the ellipsis of a clipped quotation inside the pair', () => {
    expect(quoted('“The most adventurous stage on the coast…')).toBe(
      '“The most adventurous stage on the coast…”',
    )
  })

  it('leaves quotes inside a label alone', () => {
    expect(quoted('Why “slow” wins')).toBe('“Why “slow” wins”')
    expect(quoted("Kids' corner")).toBe("“Kids' corner”")
  })
})
