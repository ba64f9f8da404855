import { describe, expect, it } from 'vitest'
import { documentHash, stableJson } from './document-hash'
import type { Block } from './types'

const page: Block[] = [
  { id: 'a', type: 'heading', value: { text: 'Hello', level: 1 } },
  {
    id: 'b',
    type: 'section',
    value: { title: 'Inside' },
    children: [{ id: 'c', type: 'text', value: { body: 'Ünïcode ✓', tags: ['x', 'y'] } }],
  },
]

describe('documentHash', () => {
  it('is 16 hex digits and the same for the same content', () => {
    expect(documentHash(page)).toMatch(/^[0-9a-f]{16}$/)
    expect(documentHash(structuredClone(page))).toBe(documentHash(page))
  })

  it('ignores the order of keys and undefined members', () => {
    const reordered: Block[] = [
      { value: { level: 1, text: 'Hello' }, type: 'heading', id: 'a' },
      {
        children: [{ value: { tags: ['x', 'y'], body: 'Ünïcode ✓' }, id: 'c', type: 'text' }],
        id: 'b',
        value: { title: 'Inside', note: undefined },
        type: 'section',
      },
    ]
    expect(documentHash(reordered)).toBe(documentHash(page))
  })

  it('changes with any edit: a value, the order of blocks or of an array, a nested block', () => {
    const hashes = new Set([
      documentHash(page),
      documentHash([{ ...page[0]!, value: { text: 'Hello!', level: 1 } }, page[1]!]),
      documentHash([page[1]!, page[0]!]),
      documentHash([
        page[0]!,
        {
          ...page[1]!,
          children: [{ id: 'c', type: 'text', value: { body: 'Ünïcode ✓', tags: ['y', 'x'] } }],
        },
      ]),
      documentHash([page[0]!, { ...page[1]!, children: [] }]),
      documentHash([]),
    ])
    expect(hashes.size).toBe(6)
  })

  it('is a known value for a known input (stable across releases)', () => {
    expect(stableJson({ b: [1, 'two', null], a: { d: true, c: 1.5 } })).toBe(
      '{"a":{"c":1.5,"d":true},"b":[1,"two",null]}',
    )
    // The first lane is plain FNV-1a 32 of '[{"id":"x","type":"t","value":{}}]' (checked by hand).
    expect(documentHash([{ id: 'x', type: 't', value: {} }])).toBe('9359b045f9f83073')
  })
})
