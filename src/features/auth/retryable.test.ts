import { describe, expect, it } from 'vitest'
import { isRetryable } from './retryable'
import { SessionError } from './session-api'

describe('isRetryable', () => {
  it('offers a retry after no answer or a failing server, never after a refusal', () => {
    const at = (status: number) => isRetryable(new SessionError('x', status))
    expect([0, 408, 429, 500, 503].map(at)).toEqual([true, true, true, true, true])
    expect([400, 401, 403, 404, 409, 422].map(at)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
    expect(isRetryable(new Error('unreadable'))).toBe(false)
  })
})
