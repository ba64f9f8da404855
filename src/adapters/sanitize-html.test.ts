// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { forbiddenIn, XSS_VECTORS } from '../../e2e/fixtures/xss-vectors'
import type { Operation } from '../core/types'
import { sanitizeBlocks, sanitizeHtml, sanitizeOperations, sanitizeValues } from './sanitize-html'

describe('sanitizeHtml', () => {
  it.each(XSS_VECTORS.map((v) => [v.name, v.html] as const))('%s is neutralised', (_, html) => {
    expect(forbiddenIn(html)).not.toBeNull()
    expect(forbiddenIn(sanitizeHtml(html))).toBeNull()
  })

  it('keeps the content around what it removes', () => {
    expect(sanitizeHtml(`<p>Hi <a href="javascript:alert(1)">click me</a></p>`)).toBe(
      '<p>Hi <a>click me</a></p>',
    )
    expect(sanitizeHtml('<div style="position:fixed">covered</div>')).toBe('<div>covered</div>')
  })

  it('keeps what the rich-text editor produces', () => {
    const html =
      '<h2>Title</h2><p><strong>b</strong> <em>i</em> <a href="https://example.org/a" rel="noopener noreferrer nofollow">l</a></p><ul><li><p>x</p></li></ul><ol><li><p>y</p></li></ol>'
    expect(sanitizeHtml(html)).toBe(html)
  })
})

describe('sanitizeOperations', () => {
  const dirty = `<p>ok</p><img src=x onerror="alert(1)">`
  const clean = '<p>ok</p><img src="x">'

  it('cleans every _html value an operation carries, nested blocks included', () => {
    const ops: Operation[] = [
      { op: 'update', blockId: 'a', value: { body_html: dirty, title: dirty } },
      {
        op: 'append',
        block: {
          type: 'group',
          value: {},
          children: [{ id: 'c', type: 'rich-text', value: { body_html: dirty } }],
        },
      },
      {
        op: 'insertAfter',
        blockId: 'a',
        block: { type: 'rich-text', value: { body_html: dirty } },
      },
      { op: 'replaceAll', blocks: [{ type: 'rich-text', value: { body_html: dirty } }] },
      { op: 'remove', blockId: 'a' },
    ]
    expect(sanitizeOperations(ops)).toEqual([
      // Plain text fields are not HTML: they are rendered as text, so they are left as typed.
      { op: 'update', blockId: 'a', value: { body_html: clean, title: dirty } },
      {
        op: 'append',
        block: {
          type: 'group',
          value: {},
          children: [{ id: 'c', type: 'rich-text', value: { body_html: clean } }],
        },
      },
      {
        op: 'insertAfter',
        blockId: 'a',
        block: { type: 'rich-text', value: { body_html: clean } },
      },
      { op: 'replaceAll', blocks: [{ type: 'rich-text', value: { body_html: clean } }] },
      { op: 'remove', blockId: 'a' },
    ])
  })

  it('returns clean values unchanged (same object)', () => {
    const value = { body_html: '<p>fine</p>', n: 1 }
    expect(sanitizeValues(value)).toBe(value)
  })

  it('sanitizes whole documents for adapters that send them', () => {
    expect(sanitizeBlocks([{ id: 'a', type: 't', value: { x_html: dirty } }])).toEqual([
      { id: 'a', type: 't', value: { x_html: clean } },
    ])
  })
})
