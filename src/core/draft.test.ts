import { describe, expect, it } from 'vitest'
import { DocumentIndex, Draft, positionOf } from './draft'
import { blk } from './testing/fixtures'
import { allIds, locateBlock } from './tree'
import type { Block } from './types'

/** 4 groups of 5 children, then 20 top-level blocks: enough lookups to get the index built. */
function doc(): Block[] {
  const groups = Array.from({ length: 4 }, (_, g) =>
    blk(
      `g${g}`,
      {},
      Array.from({ length: 5 }, (_, c) => blk(`g${g}c${c}`)),
    ),
  )
  return [...groups, ...Array.from({ length: 20 }, (_, i) => blk(`t${i}`))]
}

/** Every answer of the draft agrees with a walk of its current blocks. */
function expectConsistent(draft: Draft, ids: string[]): void {
  for (const id of ids) {
    const where = locateBlock(draft.blocks, id)
    expect(draft.has(id)).toBe(where !== undefined)
    expect(draft.parentOf(id)).toBe(where?.parentId)
    expect(draft.indexOf(id)).toBe(where?.index ?? -1)
  }
}

describe('positionOf', () => {
  it('searches outward from the hint and reports absent ids', () => {
    const list = ['a', 'b', 'c', 'd', 'e'].map((id) => blk(id))
    expect(positionOf(list, 'a', 3)).toBe(0)
    expect(positionOf(list, 'e', 1)).toBe(4)
    expect(positionOf(list, 'c', 99)).toBe(2)
    expect(positionOf(list, 'b', -5)).toBe(1)
    expect(positionOf(list, 'zz', 2)).toBe(-1)
    expect(positionOf([], 'a', 0)).toBe(-1)
  })
})

describe('Draft', () => {
  it('answers the same while scanning and once indexed, through its own changes', () => {
    const draft = new Draft(doc())
    const ids = [...allIds(doc()), 'new', 'gone']
    draft.insert('g1', 2, { id: 'new', type: 'text', value: {}, children: [blk('deep')] })
    draft.attach('g0', 0, draft.detach('t19', true))
    draft.detach('g2')
    draft.updateValue('g3c4', { x: 1 })
    expectConsistent(draft, [...ids, 'deep', 'g2c0'])
    // More lookups than scans allowed: the index is built, and the changes still win over it.
    expectConsistent(draft, [...ids, 'deep', 'g2c0'])
    expect(draft.get('g3c4')?.value).toEqual({ x: 1 })
  })

  it('shares one index between drafts of a document without sharing their changes', () => {
    const base = doc()
    const index = new DocumentIndex(base)
    const first = new Draft(index)
    const second = new Draft(index)
    first.detach('t3')
    first.attach(null, 0, first.detach('g1c1', true))
    expectConsistent(first, allIds(base))
    expectConsistent(second, allIds(base))
    expect(second.blocks).toBe(base)
    expect(locateBlock(base, 'g1c1')).toEqual({ parentId: 'g1', index: 1 })
  })

  it('starts over after a replaceAll', () => {
    const draft = new Draft(doc())
    expectConsistent(draft, allIds(doc()))
    draft.replaceAll([blk('t3', {}, [blk('g0')])])
    expectConsistent(draft, [...allIds(doc()), 't3', 'g0'])
  })
})
