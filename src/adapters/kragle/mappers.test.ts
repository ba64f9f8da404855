import { describe, expect, it } from 'vitest'
import { blockToEntry, entryToBlock, toBlockTypeSchema } from './mappers'
import type { KragleEntry } from './schemas'
import { StackIds } from './stack-ids'

describe('kragle mappers', () => {
  it('round-trips an entry through a block, extra keys included', () => {
    const entry: KragleEntry = [
      'heading',
      { a: 1 },
      { name: 'H', state: { text: 'x' }, extra: true },
    ]
    const block = entryToBlock(entry, 'b1')
    expect(block).toEqual({
      id: 'b1',
      type: 'heading',
      value: { name: 'H', state: { text: 'x' }, extra: true, conversion: { a: 1 } },
    })
    expect(blockToEntry(block)).toEqual(entry)
    expect(blockToEntry({ id: 'x', type: 't', value: {} })).toEqual(['t', null, {}])
    expect(entryToBlock(['t', null, { name: 'N' }], 'b2').value).toEqual({ name: 'N' })
  })

  it('starts state at the resolved initial_state', () => {
    const schema = toBlockTypeSchema({
      id: 1,
      owner: 1,
      name: 'weather',
      definition: 'https://x/w.json',
      is_remote: true,
      needs_approval: false,
      resolved: { initial_state: { city: 'Oslo' } },
    })
    expect(schema.fields.map((f) => [f.key, f.defaultValue])).toEqual([
      ['name', undefined],
      ['state', { city: 'Oslo' }],
    ])
  })
})

describe('StackIds', () => {
  const a: KragleEntry = ['heading', null, { name: 'A' }]
  const b: KragleEntry = ['paragraph', null, { name: 'B' }]
  const c: KragleEntry = ['heading', null, { name: 'C' }]

  it('keeps ids across reorders, edits and inserts by others', () => {
    const ids = new StackIds()
    const first = ids.assign('1', [a, b, c])
    expect(new Set(first).size).toBe(3)
    expect(ids.assign('1', [c, a, b])).toEqual([first[2], first[0], first[1]])
    const edited: KragleEntry = ['heading', null, { name: 'A2' }]
    const d: KragleEntry = ['divider', null, {}]
    const again = ids.assign('1', [d, edited, b, c])
    expect(again.slice(1)).toEqual([first[0], first[1], first[2]])
    expect(first).not.toContain(again[0])
  })

  it('tells equal entries apart by order', () => {
    const ids = new StackIds()
    const first = ids.assign('1', [a, a])
    expect(ids.assign('1', [a, a])).toEqual(first)
  })
})
