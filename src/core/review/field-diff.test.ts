import { describe, expect, it } from 'vitest'
import type { FieldSchema } from '../types'
import { diffFields } from './field-diff'

const FIELDS: FieldSchema[] = [
  { key: 'heading', type: 'text', label: 'Heading' },
  { key: 'body', type: 'richText', label: 'Body' },
  {
    key: 'level',
    type: 'select',
    label: 'Level',
    options: [
      { value: 'h2', label: 'Heading 2' },
      { value: 'h3', label: 'Heading 3' },
    ],
  },
  { key: 'show', type: 'checkbox', label: 'Show' },
  {
    key: 'cta',
    type: 'group',
    label: 'Call to action',
    fields: [
      { key: 'label', type: 'text', label: 'Label' },
      { key: 'link', type: 'relationship', label: 'Link', relationTo: 'pages' },
    ],
  },
  {
    key: 'items',
    type: 'array',
    label: 'Items',
    fields: [
      { key: 'label', type: 'text', label: 'Label' },
      { key: 'value', type: 'number', label: 'Value' },
    ],
  },
]

describe('diffFields', () => {
  it('returns nothing for equal values', () => {
    const value = { heading: 'A', items: [{ id: 'x', label: 'L' }] }
    expect(diffFields(value, structuredClone(value), FIELDS)).toEqual([])
  })

  it('diffs text word by word and names the field by its label', () => {
    const [change, ...rest] = diffFields(
      { heading: 'Plan your visit' },
      { heading: 'Plan your trip' },
      FIELDS,
    )
    expect(rest).toEqual([])
    expect(change).toEqual({
      path: ['heading'],
      labels: ['Heading'],
      kind: 'text',
      before: 'Plan your visit',
      after: 'Plan your trip',
      textDiff: [
        { kind: 'equal', text: 'Plan your ' },
        { kind: 'delete', text: 'visit' },
        { kind: 'insert', text: 'trip' },
      ],
    })
  })

  it('diffs rich text through its _html key and gives its visible text', () => {
    const [change] = diffFields(
      { body_html: '<p>Old <b>words</b></p>' },
      { body_html: '<p>New <b>words</b></p>' },
      FIELDS,
    )
    expect(change).toEqual({
      path: ['body_html'],
      labels: ['Body'],
      kind: 'richText',
      before: 'Old words',
      after: 'New words',
      htmlDiff: '<p><del>Old</del><ins>New</ins> <b>words</b></p>',
    })
  })

  it('reports a changed rich-text source document when its HTML stayed the same', () => {
    const changes = diffFields(
      { body: { root: 1 }, body_html: '<p>a</p>' },
      { body: { root: 2 }, body_html: '<p>a</p>' },
      FIELDS,
    )
    expect(changes).toEqual([
      {
        path: ['body'],
        labels: ['Body'],
        kind: 'value',
        before: '{"root":1}',
        after: '{"root":2}',
      },
    ])
  })

  it('shows selects by option label and checkboxes as yes or no', () => {
    expect(diffFields({ level: 'h2', show: false }, { level: 'h3', show: true }, FIELDS)).toEqual([
      {
        path: ['level'],
        labels: ['Level'],
        kind: 'value',
        before: 'Heading 2',
        after: 'Heading 3',
      },
      { path: ['show'], labels: ['Show'], kind: 'value', before: 'No', after: 'Yes' },
    ])
  })

  it('walks into groups with their labels', () => {
    const changes = diffFields(
      { cta: { label: 'Go', link: 'about' } },
      { cta: { label: 'Go', link: 'home' } },
      FIELDS,
    )
    expect(changes).toEqual([
      {
        path: ['cta', 'link'],
        labels: ['Call to action', 'Link'],
        kind: 'value',
        before: 'about',
        after: 'home',
      },
    ])
  })

  it('matches array items by id: added items, a reorder and a changed item field', () => {
    const a = { id: 'a', label: 'Seats', value: 900 }
    const b = { id: 'b', label: 'Schools', value: 27 }
    expect(diffFields({ items: [a] }, { items: [a, b] }, FIELDS)).toEqual([
      { path: ['items'], labels: ['Items'], kind: 'value', before: '1 item', after: '2 items' },
    ])
    expect(diffFields({ items: [a, b] }, { items: [b, { ...a, value: 950 }] }, FIELDS)).toEqual([
      {
        path: ['items'],
        labels: ['Items'],
        kind: 'value',
        before: '2 items',
        after: '2 items, reordered',
      },
      {
        path: ['items', 'a', 'value'],
        labels: ['Items', 'Item 2', 'Value'],
        kind: 'value',
        before: '900',
        after: '950',
      },
    ])
  })

  it('matches array items without ids by position', () => {
    const changes = diffFields({ items: [{ label: 'A' }] }, { items: [{ label: 'B' }] }, FIELDS)
    expect(changes.map((c) => [c.path, c.labels, c.before, c.after])).toEqual([
      [['items', '0', 'label'], ['Items', 'Item 1', 'Label'], 'A', 'B'],
    ])
    expect(diffFields({ items: 'broken' }, { items: [] }, FIELDS)).toEqual([])
  })

  it('still reports keys the schema does not name, by key, after the known ones', () => {
    const changes = diffFields(
      { zeta: 1, alpha: 'x', extra_html: '<p>a</p>', heading: 'A' },
      { zeta: 2, alpha: 'y', extra_html: '<p>b</p>', heading: 'B' },
      FIELDS,
    )
    expect(changes.map((c) => [c.path[0], c.kind])).toEqual([
      ['heading', 'text'],
      ['alpha', 'text'],
      ['extra_html', 'richText'],
      ['zeta', 'value'],
    ])
  })

  it('works without a schema and treats a missing text as empty', () => {
    expect(diffFields({}, { title: 'New' })).toEqual([
      { path: ['title'], labels: ['title'], kind: 'value', before: '', after: 'New' },
    ])
    const [change] = diffFields({ heading: null }, { heading: 'Now' }, FIELDS)
    expect(change?.before).toBe('')
    expect(change?.textDiff).toEqual([{ kind: 'insert', text: 'Now' }])
    const [number] = diffFields({ heading: 1 }, { heading: 2 }, FIELDS)
    expect([number?.before, number?.after]).toEqual(['1', '2'])
  })
})
