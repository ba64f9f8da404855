// The pure parts of the Omerlo adapter against JSON fixtures of its answers: a block with its
// entries as an editor container, the bodies of the three writes, and the write plan.
import { describe, expect, it } from 'vitest'
import { applyOperations } from '../../core'
import type { Block, Operation } from '../../core'
import blocksJson from './fixtures/blocks.json'
import entriesJson from './fixtures/entries.json'
import { omerloProblem } from './guards'
import { IdMap } from './id-map'
import { blocksPutBody, entriesPutBody, patchBody, toBlock } from './mappers'
import { editorBlockTypes } from './model'
import { checkAgainstServer, planWrites } from './plan-writes'
import { blocksReply, entriesReply } from './schemas'

const [wire] = blocksReply.parse(blocksJson).data
const entries = entriesReply.parse(entriesJson).data
const PEOPLE = 'b7000000-0000-4000-8000-000000000002'
const kinds = new Map([[PEOPLE, 'person_relations']])
const kindOf = (id: string) => kinds.get(id)
const schema = editorBlockTypes([{ id: PEOPLE, name: 'People', kind: 'person_relations' }])
if (!wire) throw new Error('fixture has no block')

const speakers = (): Block => toBlock(wire, entries, kindOf, new IdMap())
const apply = (doc: Block[], ops: Operation[]): Block[] => {
  const result = applyOperations(doc, ops, { schema })
  if (!result.ok) throw new Error(result.message)
  return result.blocks
}

describe('toBlock', () => {
  it('makes a container of names per locale and layout, with one child per entry', () => {
    expect(speakers()).toEqual({
      id: wire.id,
      type: PEOPLE,
      value: { name_en: 'Speakers', name_fr: 'Intervenants', layout: 'list' },
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
})

describe('write bodies', () => {
  it('sends held entries with their id, new and moved ones without, untargeted ones not at all', () => {
    const block = speakers()
    block.children?.push(
      {
        id: 'new',
        type: 'person_entry',
        value: { relation_id: 'fe000000-0000-4000-8000-000000000003' },
      },
      { id: 'draft', type: 'person_entry', value: { relation_id: null } },
    )
    const held = new Set(['e1000000-0000-4000-8000-000000000003'])
    expect(entriesPutBody(block, held, new IdMap())).toEqual([
      {
        id: 'e1000000-0000-4000-8000-000000000003',
        content_id: null,
        relation_id: 'fe000000-0000-4000-8000-000000000001',
      },
      { content_id: null, relation_id: 'fe000000-0000-4000-8000-000000000002' },
      { content_id: null, relation_id: 'fe000000-0000-4000-8000-000000000003' },
    ])
  })

  it('sends a held block as Omerlo holds it and a new one with its fields', () => {
    const fresh: Block = {
      id: 'x',
      type: PEOPLE,
      value: { name_en: 'Team', name_fr: '', layout: '' },
      children: [],
    }
    const body = blocksPutBody([fresh, speakers()], new Map([[wire.id, wire]]), new IdMap())
    expect(body).toEqual([
      {
        block_type_id: PEOPLE,
        layout: null,
        localized: [
          { locale: 'en', name: 'Team' },
          { locale: 'fr', name: '' },
        ],
      },
      { id: wire.id, block_type_id: PEOPLE, layout: 'list', localized: wire.localized },
    ])
  })

  it('patches only the names and layout that changed', () => {
    const before = speakers()
    const after = { ...before, value: { ...before.value, name_fr: 'Orateurs' } }
    expect(patchBody(before, after)).toEqual({ localized: [{ locale: 'fr', name: 'Orateurs' }] })
    expect(patchBody(before, before)).toBeNull()
  })
})

describe('guards and plan', () => {
  it('refuses an entry of the wrong kind and an entry outside a block', () => {
    const block = speakers()
    block.children?.push({ id: 'o', type: 'organization_entry', value: { relation_id: 'y' } })
    expect(omerloProblem([block], kindOf, schema)?.message).toBe(
      '“Speakers” holds people only; an organization cannot go there.',
    )
    const loose: Block = { id: 'c', type: 'content_entry', value: {} }
    expect(omerloProblem([loose], kindOf, schema)?.message).toBe(
      'a content entry must go inside a block.',
    )
  })

  it('plans one entries PUT for a reorder and drops what Omerlo already holds', () => {
    const base = [speakers()]
    const [ada, grace] = base[0]?.children ?? []
    const final = apply(base, [
      { op: 'moveBefore', blockId: grace?.id ?? '', anchorId: ada?.id ?? '' },
    ])
    const ids = new IdMap()
    const plan = planWrites(base, final, ids)
    expect(plan).toEqual({ blocksPut: false, patches: [], entries: [wire.id], removed: [] })
    expect(checkAgainstServer(plan, base, final, base, ids, schema).entries).toEqual([wire.id])
    expect(checkAgainstServer(plan, base, final, final, ids, schema).entries).toEqual([])
  })

  it('reports a conflict when the entries changed on the server since the base', () => {
    const base = [speakers()]
    const final = apply(base, [{ op: 'remove', blockId: base[0]?.children?.[0]?.id ?? '' }])
    const theirs = apply(base, [
      {
        op: 'append',
        parentId: wire.id,
        block: { id: 'z', type: 'person_entry', value: { relation_id: 'q' } },
      },
    ])
    const ids = new IdMap()
    expect(() =>
      checkAgainstServer(planWrites(base, final, ids), base, final, theirs, ids, schema),
    ).toThrow('The entries of “Speakers” changed in Omerlo since it was loaded')
  })
})
