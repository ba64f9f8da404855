// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import type { Block } from '../../core/types'
import { CLIPBOARD_KEY, cloneWithFreshIds, readClipboard, writeClipboard } from './clipboard'
import { insertOperation } from './insert-operation'

const box: Block = {
  id: 'box',
  type: 'columns',
  value: { items: [{ title: 'a' }] },
  children: [{ id: 'k1', type: 'text', value: { body_html: '<p>x</p>' } }],
}

const counter = (): (() => string) => {
  let n = 0
  return () => `new-${++n}`
}

describe('clipboard', () => {
  beforeEach(() => localStorage.clear())

  it('round-trips a block through localStorage under its documented key', () => {
    writeClipboard(localStorage, box)
    expect(localStorage.getItem(CLIPBOARD_KEY)).toContain('"box"')
    expect(readClipboard(localStorage)).toEqual(box)
  })

  it('ignores missing or malformed clipboard contents', () => {
    expect(readClipboard(localStorage)).toBeNull()
    localStorage.setItem(CLIPBOARD_KEY, '{not json')
    expect(readClipboard(localStorage)).toBeNull()
    localStorage.setItem(CLIPBOARD_KEY, JSON.stringify({ version: 1, block: { id: 3 } }))
    expect(readClipboard(localStorage)).toBeNull()
  })

  it('copies deeply with a fresh id for every block', () => {
    const copy = cloneWithFreshIds(box, counter())
    expect(copy).toEqual({
      id: 'new-1',
      type: 'columns',
      value: { items: [{ title: 'a' }] },
      children: [{ id: 'new-2', type: 'text', value: { body_html: '<p>x</p>' } }],
    })
    expect(copy.value).not.toBe(box.value)
    expect((copy.value.items as unknown[])[0]).not.toBe((box.value.items as unknown[])[0])
  })
})

describe('insertOperation', () => {
  const block = { id: 'n', type: 'hero', value: {} }

  it('builds the one operation for each place', () => {
    expect(insertOperation({ kind: 'after', blockId: 'a' }, block)).toEqual({
      op: 'insertAfter',
      blockId: 'a',
      block,
    })
    expect(insertOperation({ kind: 'before', blockId: 'a' }, block)).toEqual({
      op: 'insertBefore',
      blockId: 'a',
      block,
    })
    expect(insertOperation({ kind: 'end' }, block)).toEqual({ op: 'append', block })
    expect(insertOperation({ kind: 'end', parentId: 'box' }, block)).toEqual({
      op: 'append',
      block,
      parentId: 'box',
    })
  })
})
