import { describe, expect, it } from 'vitest'
import { AdapterError } from '../../adapters/types'
import { applyOperations } from '../../core'
import type { Block, Operation } from '../../core'
import { isAmbiguousWriteFailure, judgeUnconfirmedWrite } from './unconfirmed-write'

const block = (id: string, heading = id): Block => ({ id, type: 'hero', value: { heading } })
const base = [block('a'), block('b'), block('c')]
const plan: Operation[] = [
  { op: 'remove', blockId: 'a' },
  { op: 'moveAfter', blockId: 'b', anchorId: 'c' },
  { op: 'update', blockId: 'c', value: { heading: 'C' } },
]
const after = (ops: Operation[]): Block[] => {
  const result = applyOperations(base, ops)
  if (!result.ok) throw new Error(result.message)
  return result.blocks
}

describe('judgeUnconfirmedWrite', () => {
  it('landed: the record is the base with the whole plan applied', () => {
    expect(judgeUnconfirmedWrite({ base, plan }, after(plan))).toEqual({ kind: 'landed' })
  })

  it('not-landed: the record is still the base', () => {
    expect(judgeUnconfirmedWrite({ base, plan }, base)).toEqual({ kind: 'not-landed' })
  })

  it('partly: the record is the base with the first operations applied', () => {
    expect(judgeUnconfirmedWrite({ base, plan }, after(plan.slice(0, 1)))).toEqual({
      kind: 'partly',
      appliedCount: 1,
    })
    expect(judgeUnconfirmedWrite({ base, plan }, after(plan.slice(0, 2)))).toEqual({
      kind: 'partly',
      appliedCount: 2,
    })
  })

  it('changed-elsewhere: the record matches no prefix (someone else wrote)', () => {
    const theirs = [block('a', 'theirs'), block('b'), block('c')]
    expect(judgeUnconfirmedWrite({ base, plan }, theirs)).toEqual({ kind: 'changed-elsewhere' })
    const oursThenTheirs = after(plan).slice(1)
    expect(judgeUnconfirmedWrite({ base, plan }, oursThenTheirs)).toEqual({
      kind: 'changed-elsewhere',
    })
  })

  it('a plan that changes nothing counts as landed (resending it would be harmless)', () => {
    const same: Operation[] = [{ op: 'update', blockId: 'a', value: { heading: 'a' } }]
    expect(judgeUnconfirmedWrite({ base, plan: same }, base)).toEqual({ kind: 'landed' })
  })

  it('a plan that no longer applies to its base can only be not-landed or elsewhere', () => {
    const broken: Operation[] = [{ op: 'remove', blockId: 'zzz' }]
    expect(judgeUnconfirmedWrite({ base, plan: broken }, base)).toEqual({ kind: 'not-landed' })
    expect(judgeUnconfirmedWrite({ base, plan: broken }, [])).toEqual({
      kind: 'changed-elsewhere',
    })
  })
})

describe('isAmbiguousWriteFailure', () => {
  it.each([
    ['network', undefined, true],
    ['timeout', undefined, true],
    ['malformed', 200, true],
    ['server', 500, true],
    ['server', 502, true],
    ['server', 504, true],
    ['server', 503, false],
    ['server', 501, false],
    ['rate-limited', 429, false],
    ['conflict', 409, false],
    ['validation', 422, false],
    ['auth', 401, false],
  ] as const)('%s %s → %s', (kind, status, ambiguous) => {
    const details = status === undefined ? {} : { status }
    expect(isAmbiguousWriteFailure(new AdapterError(kind, 'x', details))).toBe(ambiguous)
  })

  it('a failure that already counts what landed is not ambiguous', () => {
    const error = new AdapterError('server', 'x', { status: 500, appliedCount: 1 })
    expect(isAmbiguousWriteFailure(error)).toBe(false)
  })

  it('errors that are not AdapterErrors (bugs, aborts) are not ambiguous', () => {
    expect(isAmbiguousWriteFailure(new Error('bug'))).toBe(false)
  })
})
