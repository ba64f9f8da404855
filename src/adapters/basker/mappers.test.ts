import { describe, expect, it } from 'vitest'
import { AdapterError } from '../types'
import blockSchema from './fixtures/block-schema.json'
import error422 from './fixtures/error-422.json'
import list from './fixtures/list.json'
import patchDocumented from './fixtures/patch-documented.json'
import patchFull from './fixtures/patch-full.json'
import record from './fixtures/record.json'
import {
  toBlockTypes,
  toDocument,
  toOutcome,
  toPage,
  toPatchBody,
  withOperationIndex,
} from './mappers'

const ref = { collection: 'pages', id: 'page_123' }

function malformed(fn: () => unknown): AdapterError {
  try {
    fn()
  } catch (error) {
    if (error instanceof AdapterError) return error
    throw error
  }
  throw new Error('expected a malformed error')
}

describe('toDocument', () => {
  it('reads blocks, title and updatedAt byte for byte, keeping unknown block types', () => {
    const doc = toDocument(ref, record)
    expect(doc.version).toBe('2026-06-04T10:12:00.000Z')
    expect(doc.title).toBe('Home')
    expect(doc.blocks.map((b) => b.type)).toEqual(['hero', 'rich-text', 'legacy-carousel'])
    expect(doc.blocks[0]).toEqual(record.blocks[0])
    expect(doc.blocks[2]?.value).toEqual({ slides: [1, 2] })
  })

  it('treats a record without blocks as empty and without updatedAt as unversioned', () => {
    const doc = toDocument(ref, { id: 'x', title: 'T' })
    expect(doc).toMatchObject({ blocks: [], version: null })
  })

  it('rejects blocks without an id or type with a clear message', () => {
    const error = malformed(() =>
      toDocument(ref, { ...record, blocks: [{ type: 'hero', value: {} }] }),
    )
    expect(error.kind).toBe('malformed')
    expect(error.message).toMatch(/record/)
    expect(error.message).toMatch(/blocks/)
  })
})

describe('toPage', () => {
  it('maps Basker paging to Page and falls back to slug or id for titles', () => {
    const page = toPage('pages', list)
    expect(page).toMatchObject({
      page: 2,
      totalPages: 3,
      total: 5,
      hasNextPage: true,
      hasPrevPage: true,
    })
    expect(page.items).toEqual([
      {
        ref: { collection: 'pages', id: 'page_123' },
        title: 'Home',
        updatedAt: '2026-06-04T10:12:00.000Z',
        status: 'draft',
      },
      {
        ref: { collection: 'pages', id: 'page_124' },
        title: 'about',
        updatedAt: '2026-06-01T09:00:00.000Z',
      },
    ])
  })

  it('rejects a list without docs', () => {
    expect(malformed(() => toPage('pages', { totalDocs: 1 })).kind).toBe('malformed')
  })
})

describe('toBlockTypes', () => {
  it('reads the schema wrapper, nested fields, options and defaults', () => {
    const [hero, heading] = toBlockTypes(blockSchema)
    expect(hero?.fields.map((f) => f.key)).toEqual(['heading', 'body', 'cta'])
    expect(hero?.fields[0]?.required).toBe(true)
    expect(hero?.fields[2]?.fields?.[1]).toEqual({
      key: 'link',
      type: 'relationship',
      label: 'Link',
      relationTo: ['pages', 'events'],
    })
    expect(heading?.label).toBe('heading')
    expect(heading?.fields[0]?.options).toEqual([
      { value: 'h2', label: 'Heading 2' },
      { value: 'h3', label: 'h3' },
    ])
    expect(heading?.fields[0]?.defaultValue).toBe('h2')
  })

  it('edits a field of an unknown type as raw JSON instead of failing', () => {
    expect(toBlockTypes(blockSchema)[1]?.fields[1]?.type).toBe('customObject')
  })

  it('rejects a bare array (the wrapper is {blocks})', () => {
    expect(malformed(() => toBlockTypes(blockSchema.blocks)).message).toMatch(/block schema/)
  })
})

describe('toOutcome', () => {
  it('returns no version when the document lacks updatedAt (the documented example)', () => {
    expect(toOutcome(patchDocumented)).toEqual({ version: null })
  })

  it('returns the new version and blocks when the document has them', () => {
    expect(toOutcome(patchFull)).toEqual({
      version: '2026-06-04T10:13:05.123Z',
      blocks: [{ id: 'hero_1', type: 'hero', value: { heading: 'Spring season' } }],
    })
  })

  it('rejects a body without a document', () => {
    expect(malformed(() => toOutcome({ operations: [] })).kind).toBe('malformed')
  })
})

describe('writes', () => {
  it('builds the PATCH body with draft and ifUpdatedAt', () => {
    const ops = [{ op: 'remove' as const, blockId: 'a' }]
    expect(toPatchBody(ops, 'v1')).toEqual({ draft: true, ifUpdatedAt: 'v1', operations: ops })
  })

  it('maps operations[N] of a 422 to the operation index and its block', () => {
    const ops = [
      { op: 'remove' as const, blockId: 'a' },
      { op: 'update' as const, blockId: 'b', value: {} },
      { op: 'append' as const, block: { id: 'c', type: 'carousel' } },
    ]
    const error = new AdapterError('validation', error422.message, { status: 422, body: error422 })
    const mapped = withOperationIndex(error, ops)
    expect(mapped.details).toMatchObject({ status: 422, operationIndex: 2, blockId: 'c' })
    expect(mapped.message).toBe('Block type "carousel" is unknown')
  })

  it('drops the wire path from the message shown to the user', () => {
    const body = {
      message: 'x',
      errors: [
        {
          path: 'operations[0].value.level',
          message: 'operations[0].value.level: Level must be one of its options.',
        },
      ],
    }
    const error = new AdapterError('validation', 'x', { status: 422, body })
    expect(withOperationIndex(error, [{ op: 'remove', blockId: 'a' }]).message).toBe(
      'Level must be one of its options.',
    )
  })

  it('leaves other errors alone', () => {
    const error = new AdapterError('conflict', 'changed', { status: 409, body: error422 })
    expect(withOperationIndex(error, [])).toBe(error)
  })
})
