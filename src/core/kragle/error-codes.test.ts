import { describe, expect, it } from 'vitest'
import { KRAGLE_ERROR_CODES, kragleErrorCode } from './error-codes'

describe('Kragle error codes', () => {
  it('gives every code 1–27 a sentence and a kind; only code 3 is tried again', () => {
    for (let code = 1; code <= 27; code += 1) {
      const meaning = KRAGLE_ERROR_CODES[code]
      expect(meaning?.sentence).toMatch(/^[A-Z].+\.$/)
      expect(meaning?.retryAfterLogin).toBe(code === 3)
    }
    expect(Object.keys(KRAGLE_ERROR_CODES)).toHaveLength(27)
  })

  it('makes an unknown code a final bad request that names it', () => {
    expect(kragleErrorCode(41)).toEqual({
      kind: 'bad-request',
      retryAfterLogin: false,
      sentence: 'Kragle answered with error code 41, which this editor does not know.',
    })
    expect(kragleErrorCode(6).kind).toBe('not-found')
  })
})
