// The pure parts of the Omerlo adapter against JSON fixtures of its answers, in the shapes Omerlo
// sends (vendor-facts.md) and in the other plausible ones: a block with its entries as an editor
// container, the bodies of the three writes (every key read sent back), and the write plan.
import { describe, expect, it } from 'vitest'
import { applyOperations } from '../../core'
import type { Block, Operation } from '../../core'
import { IdMap } from '../durable-id-map'
import blocksJson from './fixtures/blocks.json'
import blocksOtherJson from './fixtures/blocks-other-shapes.json'
import entriesJson from './fixtures/entries.json'
import entriesOtherJson from './fixtures/entries-other-shapes.json'
import { omerloProblem } from './guards'
import { blocksPutBody, entriesPutBody, patchBodies, toBlock } from './mappers'
import { planWrites } from './plan-writes'
import { parseBlocks, parseEntries } from './schemas'
import { SeenTypes } from './seen-types'

const PEOPLE = 'b7000000-0000-4000-8000-000000000002'
const vendor = parseBlocks(blocksJson, 'blocks')
const [wire] = vendor.blocks
const entries = parseEntries(entriesJson, 'entries')
if (!wire) throw new Error('fixture has no block')
const types = new SeenTypes()
types.learn(vendor.types, vendor.blocks)
const kindOf = (id: string) => types.kindOf(id)
const schema = types.schema()

const speakers = (): Block => toBlock(wire, entries, kindOf, new IdMap())
const apply = (doc: Block[], ops: Operation[]): Block[] => {
  const result = applyOperations(doc, ops, { schema })
  if (!result.ok) throw new Error(result.message)
  return result.blocks
}

describe('reading what Omerlo sends', () => {
  it('makes a container of names per locale and layout, with one child per entry', () => {
    expect(speakers()).toEqual({
      id: wire.id,
      type: PEOPLE,
      value: { name_en: 'Speakers', name_fr: '', layout: 'list' },
      children: [
        {
          id: 'e1000000-0000-4000-8000-000000000003',
          type: 'person_entry',
          value: { relation_id: 'fe000000-0000-4000-8000-000000000001', title: 'Ada Lovelace' },
        },
        {
          id: 'e1000000-0000-4000-8000-000000000004',
          type: 'person_entry',
          value: { relation_id: 'fe000000-0000-4000-8000-000000000002' },
        },
      ],
    })
  })

  it('takes block types from assocs.profile_block_types, with their names', () => {
    expect(schema.find((t) => t.type === PEOPLE)).toMatchObject({
      label: 'People',
      container: true,
      childTypes: ['person_entry'],
    })
    // What Omerlo derives is shown, never edited.
    const shownAs = schema
      .find((t) => t.type === 'person_entry')
      ?.fields.find((f) => f.key === 'title')
    expect(shownAs?.readOnly).toBe(true)
  })

  it('reads the other plausible shapes the same way: bare arrays, localized as an array', () => {
    const other = parseBlocks(blocksOtherJson, 'blocks')
    expect(other.types).toEqual([])
    const seen = new SeenTypes()
    seen.learn(other.types, other.blocks)
    const [block] = other.blocks
    if (!block) throw new Error('fixture has no block')
    const read = parseEntries(entriesOtherJson, 'entries')
    const kinds = (id: string) => seen.kindOf(id)
    const editor = toBlock(block, read, kinds, new IdMap())
    expect(editor.value).toEqual({ name_en: 'Speakers', name_fr: 'Intervenants', layout: 'list' })
    expect(editor.children?.[0]?.value).toEqual({
      relation_id: 'fe000000-0000-4000-8000-000000000001',
      title: 'Ada Lovelace',
    })
    // No kind anywhere: the type is still offered, under a neutral name, and takes any entry.
    expect(seen.schema()[0]).toMatchObject({ type: PEOPLE, label: 'Block type b7000000' })
    expect(seen.schema()[0]?.childTypes).toBeUndefined()
  })

  it('also reads one block sent as an object, and says what it did not understand', () => {
    expect(parseBlocks({ data: blocksOtherJson[0] }, 'blocks').blocks).toHaveLength(1)
    expect(() => parseBlocks({ data: [{ id: 1 }] }, 'list of blocks')).toThrow(
      /Omerlo sent an unexpected list of blocks at 0\.id/,
    )
  })
})

describe('write bodies', () => {
  it('sends held entries with every key read but the derived ones, new ones without id', () => {
    const block = speakers()
    block.children?.push(
      {
        id: 'new',
        type: 'person_entry',
        value: { relation_id: 'fe000000-0000-4000-8000-000000000003' },
      },
      { id: 'draft', type: 'person_entry', value: { relation_id: null } },
    )
    const [first] = entries
    const held = new Map(first ? [[first.entry.id, { ...first.entry, title: 'derived' }]] : [])
    expect(entriesPutBody(block, held, new IdMap())).toEqual([
      {
        id: 'e1000000-0000-4000-8000-000000000003',
        content_id: null,
        relation_id: 'fe000000-0000-4000-8000-000000000001',
        x_vendor_extra: 1,
      },
      { content_id: null, relation_id: 'fe000000-0000-4000-8000-000000000002' },
      { content_id: null, relation_id: 'fe000000-0000-4000-8000-000000000003' },
    ])
  })

  it('sends a held block exactly as read and a new one in the shape Omerlo uses', () => {
    const fresh: Block = {
      id: 'x',
      type: PEOPLE,
      value: { name_en: 'Team', name_fr: '', layout: '' },
      children: [],
    }
    const held = new Map([[wire.id, wire]])
    const body = blocksPutBody([fresh, speakers()], held, new IdMap(), 'object')
    expect(body).toEqual([
      { block_type_id: PEOPLE, layout: null, localized: { name: 'Team', locale: 'en' } },
      blocksJson.data[0],
    ])
    expect(blocksPutBody([fresh], held, new IdMap(), 'array')[0]).toEqual({
      block_type_id: PEOPLE,
      layout: null,
      localized: [{ locale: 'en', name: 'Team' }],
    })
  })

  it('patches only the names and layout that changed, localized in the shape read', () => {
    const before = speakers()
    const after = { ...before, value: { ...before.value, name_fr: 'Orateurs', layout: 'grid' } }
    expect(patchBodies(before, after, 'object')).toEqual([
      { layout: 'grid', localized: { name: 'Orateurs', locale: 'fr' } },
    ])
    expect(patchBodies(before, after, 'array')).toEqual([
      { layout: 'grid', localized: [{ locale: 'fr', name: 'Orateurs' }] },
    ])
    expect(patchBodies(before, before, 'object')).toEqual([])
  })
})

describe('guards and plan', () => {
  it('refuses an entry of the wrong kind, an entry outside a block, a target that is no id', () => {
    const block = speakers()
    block.children?.push({ id: 'o', type: 'organization_entry', value: { relation_id: 'y' } })
    expect(omerloProblem([block], kindOf, schema)?.message).toBe(
      '“Speakers” holds people only; an organization cannot go there.',
    )
    const loose: Block = { id: 'c', type: 'content_entry', value: {} }
    expect(omerloProblem([loose], kindOf, schema)?.message).toBe(
      'a content entry must go inside a block.',
    )
    const typed = speakers()
    typed.children?.push({ id: 'p', type: 'person_entry', value: { relation_id: 'Ada' } })
    expect(omerloProblem([typed], kindOf, schema)?.message).toMatch(
      /^“Ada” is not an Omerlo person id \(a UUID/,
    )
  })

  it('plans one entries PUT for a reorder, and nothing once Omerlo holds the result', () => {
    const base = [speakers()]
    const [ada, grace] = base[0]?.children ?? []
    const final = apply(base, [
      { op: 'moveBefore', blockId: grace?.id ?? '', anchorId: ada?.id ?? '' },
    ])
    const ids = new IdMap()
    expect(planWrites(base, final, ids)).toEqual({
      blocksPut: false,
      patches: [],
      entries: [wire.id],
      removed: [],
    })
    expect(planWrites(final, final, ids)).toEqual({
      blocksPut: false,
      patches: [],
      entries: [],
      removed: [],
    })
  })
})
