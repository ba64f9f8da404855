import { describe, expect, it } from 'vitest'
import { EMPTY_PRESENCE, newlyEditing, reducePresence } from './presence'
import type { Person } from './presence'

const at = (n: number) => `2026-12-04T10:00:0${n}.000Z`
const person = (tab: string, blockId: string | null, since = at(1)): Person => ({
  tab,
  userId: `user-${tab}`,
  name: `Name ${tab}`,
  blockId,
  typing: false,
  since,
})

describe('reducePresence', () => {
  it('leaves this tab out and orders the others by arrival', () => {
    const next = reducePresence(
      EMPTY_PRESENCE,
      [person('b', null, at(3)), person('me', 'x'), person('a', 'x', at(2))],
      'me',
    )
    expect(next.others.map((p) => p.tab)).toEqual(['a', 'b'])
    expect(next.byBlock.get('x')?.map((p) => p.tab)).toEqual(['a'])
    expect(next.byBlock.has('me')).toBe(false)
  })

  it('keeps the previous objects when nothing changed, so nothing re-renders', () => {
    const people = [person('a', 'x'), person('b', 'y')]
    const first = reducePresence(EMPTY_PRESENCE, people, 'me')
    expect(
      reducePresence(
        first,
        people.map((p) => ({ ...p })),
        'me',
      ),
    ).toBe(first)
    // Only b moved: x's list is the same array as before.
    const moved = reducePresence(first, [person('a', 'x'), person('b', 'z')], 'me')
    expect(moved).not.toBe(first)
    expect(moved.byBlock.get('x')).toBe(first.byBlock.get('x'))
    expect(moved.byBlock.get('z')?.[0]?.tab).toBe('b')
    expect(moved.byBlock.has('y')).toBe(false)
  })

  it('lists a tab the server repeats once', () => {
    const next = reducePresence(EMPTY_PRESENCE, [person('a', 'x'), person('a', 'y')], 'me')
    expect(next.others).toHaveLength(1)
  })

  it('names who started editing a block', () => {
    const before = reducePresence(EMPTY_PRESENCE, [person('a', null)], 'me')
    const after = reducePresence(before, [person('a', 'intro')], 'me')
    expect(newlyEditing(before, after)).toEqual({ person: after.others[0], blockId: 'intro' })
    expect(newlyEditing(after, after)).toBeNull()
  })
})
