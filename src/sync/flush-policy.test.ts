import { describe, expect, it } from 'vitest'
import { AdapterError } from '../adapters/types'
import { describeFailure, failureAction, RETRY_MAX_MS, retryDelay } from './flush-policy'

describe('failureAction', () => {
  it.each([
    ['conflict', 'rebase'],
    ['validation', 'reject'],
    ['network', 'retry'],
    ['timeout', 'retry'],
    ['server', 'retry'],
    ['rate-limited', 'retry'],
    ['auth', 'stop'],
    ['not-found', 'stop'],
    ['malformed', 'stop'],
  ] as const)('%s → %s', (kind, action) => {
    expect(failureAction(new AdapterError(kind, 'x'))).toBe(action)
  })

  it('stops on errors that are not AdapterErrors', () => {
    expect(failureAction(new Error('bug'))).toBe('stop')
  })
})

describe('retryDelay', () => {
  it('waits a random part of a window that doubles with each attempt (full jitter)', () => {
    expect(retryDelay(0, undefined, () => 0.5)).toBe(500)
    expect(retryDelay(3, undefined, () => 0.5)).toBe(4000)
    expect(retryDelay(3, undefined, () => 0.999)).toBe(7992)
  })

  it('never waits longer than the cap', () => {
    expect(retryDelay(20, undefined, () => 1)).toBe(RETRY_MAX_MS)
  })

  it('obeys Retry-After', () => {
    expect(retryDelay(0, 20_000, () => 0)).toBe(20_000)
  })
})

describe('describeFailure', () => {
  it('describes failures for the status line', () => {
    expect(describeFailure(new AdapterError('network', 'x'))).toMatch(/Offline/)
    expect(describeFailure(new AdapterError('auth', 'bad key'))).toContain('bad key')
  })
})
