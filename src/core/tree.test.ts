import { describe, expect, it } from 'vitest'
import {
  allIds,
  childrenOf,
  cloneBlock,
  findBlock,
  locateBlock,
  newBlockIds,
  walkBlocks,
} from './tree'
import { sampleDoc } from './testing/fixtures'

describe('tree helpers', () => {
  it('finds blocks depth-first, nested ones too', () => {
    const doc = sampleDoc()
    expect(findBlock(doc, 'c2')).toBe(doc[1]?.children?.[1])
    expect(findBlock(doc, 'b')).toBe(doc[2])
    expect(findBlock(doc, 'zz')).toBeUndefined()
  })

  it('locates a block by container and index', () => {
    const doc = sampleDoc()
    expect(locateBlock(doc, 'c2')).toEqual({ parentId: 'g1', index: 1 })
    expect(locateBlock(doc, 'b')).toEqual({ parentId: null, index: 2 })
    expect(locateBlock(doc, 'zz')).toBeUndefined()
  })

  it('lists containers, ids and walks in document order', () => {
    const doc = sampleDoc()
    expect(childrenOf(doc, null)).toBe(doc)
    expect(childrenOf(doc, 'g1')?.map((b) => b.id)).toEqual(['c1', 'c2'])
    expect(childrenOf(doc, 'a')).toEqual([])
    expect(childrenOf(doc, 'zz')).toBeUndefined()
    expect(allIds(doc)).toEqual(['a', 'g1', 'c1', 'c2', 'b'])
    const seen: string[] = []
    walkBlocks(doc, (block, parentId, index) =>
      seen.push(`${block.id}@${parentId ?? '-'}:${index}`),
    )
    expect(seen).toEqual(['a@-:0', 'g1@-:1', 'c1@g1:0', 'c2@g1:1', 'b@-:2'])
  })

  it('collects ids of a new block tree and clones without sharing', () => {
    expect(
      newBlockIds({ id: 'x', type: 't', children: [{ type: 't' }, { id: 'y', type: 't' }] }).sort(),
    ).toEqual(['x', 'y'])
    const doc = sampleDoc()
    const copy = cloneBlock(doc[1] as (typeof doc)[number])
    expect(copy).toEqual(doc[1])
    expect(copy.children).not.toBe(doc[1]?.children)
    expect(copy.value).not.toBe(doc[1]?.value)
  })
})
