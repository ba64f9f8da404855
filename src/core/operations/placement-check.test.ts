import { describe, expect, it } from 'vitest'
import { applyOperations } from '../apply-operations'
import type { Block, BlockTypeSchema } from '../types'

const schema: BlockTypeSchema[] = [
  {
    type: 'people',
    label: 'People',
    container: true,
    childTypes: ['person'],
    fields: [{ key: 'name', type: 'text', label: 'Name' }],
  },
  { type: 'any', label: 'Group', container: true, fields: [] },
  { type: 'person', label: 'Person', childOnly: true, fields: [] },
  { type: 'org', label: 'Organization', fields: [] },
]

const doc = (): Block[] => [
  {
    id: 'speakers',
    type: 'people',
    value: { name: 'Speakers' },
    children: [{ id: 'ada', type: 'person', value: {} }],
  },
  { id: 'group', type: 'any', value: {}, children: [{ id: 'labs', type: 'org', value: {} }] },
]

const refused = '“Speakers” takes Person only; an Organization cannot go there.'

describe('childTypes', () => {
  it('refuses moving a block of another type into the container, naming both', () => {
    const result = applyOperations(doc(), [{ op: 'moveAfter', blockId: 'labs', anchorId: 'ada' }], {
      schema,
    })
    expect(result).toMatchObject({
      ok: false,
      index: 0,
      reason: 'invalid-operation',
      blockId: 'labs',
    })
    expect(!result.ok && result.message).toBe(`Operation 0 (moveAfter): ${refused}`)
  })

  it('refuses inserts and appends of another type, and nested children of new blocks', () => {
    const org = { id: 'x', type: 'org', value: {} }
    for (const op of [
      { op: 'insertBefore' as const, blockId: 'ada', block: org },
      { op: 'append' as const, parentId: 'speakers', block: org },
      {
        op: 'append' as const,
        block: { id: 'p', type: 'people', value: { name: 'Speakers' }, children: [org] },
      },
      {
        op: 'replaceAll' as const,
        blocks: [{ id: 'p', type: 'people', value: { name: 'Speakers' }, children: [org] }],
      },
    ]) {
      const result = applyOperations(doc(), [op], { schema })
      expect(result.ok ? '' : result.message).toContain(refused)
    }
  })

  it('lets the allowed type in, any type into containers without childTypes, and ignores no schema', () => {
    const person = { id: 'y', type: 'person', value: {} }
    expect(
      applyOperations(doc(), [{ op: 'append', parentId: 'speakers', block: person }], { schema })
        .ok,
    ).toBe(true)
    expect(
      applyOperations(doc(), [{ op: 'moveAfter', blockId: 'ada', anchorId: 'labs' }], { schema })
        .ok,
    ).toBe(true)
    expect(applyOperations(doc(), [{ op: 'moveAfter', blockId: 'labs', anchorId: 'ada' }]).ok).toBe(
      true,
    )
    expect(
      applyOperations(doc(), [{ op: 'moveAfter', blockId: 'labs', anchorId: 'speakers' }], {
        schema,
      }).ok,
    ).toBe(true)
  })

  it('keeps childOnly types out of the top level', () => {
    const loose = 'A Person can only go inside another block.'
    const person = { id: 'z', type: 'person', value: {} }
    for (const op of [
      { op: 'moveAfter' as const, blockId: 'ada', anchorId: 'speakers' },
      { op: 'append' as const, block: person },
      { op: 'insertAfter' as const, blockId: 'group', block: person },
      { op: 'replaceAll' as const, blocks: [person] },
    ]) {
      const result = applyOperations(doc(), [op], { schema })
      expect(result.ok ? '' : result.message).toContain(loose)
    }
  })
})
