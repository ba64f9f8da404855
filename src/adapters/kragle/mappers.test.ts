import { describe, expect, it } from 'vitest'
import { blockToEntry, readBlockToBlock, toBlockTypeSchema } from './mappers'
import { readStack } from './parse-stack'

describe('kragle mappers', () => {
  it('reads a block object into a block and writes it back as an entry, unknown keys kept', () => {
    const [read] = readStack({
      id: 1,
      name: 's',
      blocks: [{ id: 7, type: 'heading', conversion: { a: 1 }, state: { text: 'x' }, extra: true }],
    }).blocks
    if (!read) throw new Error('one block')
    const block = readBlockToBlock(read, '7')
    expect(block).toEqual({
      id: '7',
      type: 'heading',
      value: { state: { text: 'x' }, extra: true, conversion: { a: 1 } },
    })
    expect(blockToEntry(block)).toEqual([
      'heading',
      { a: 1 },
      { state: { text: 'x' }, extra: true },
    ])
    expect(blockToEntry({ id: 'x', type: 't', value: {} })).toEqual(['t', null, {}])
  })

  it('offers state only, starting at the resolved initial_state', () => {
    const schema = toBlockTypeSchema({
      id: 1,
      owner: 1,
      name: 'weather',
      definition: 'https://x/w.json',
      is_remote: true,
      needs_approval: false,
      resolved: { initial_state: { city: 'Oslo' } },
    })
    expect(schema.fields.map((f) => [f.key, f.defaultValue])).toEqual([['state', { city: 'Oslo' }]])
  })
})
