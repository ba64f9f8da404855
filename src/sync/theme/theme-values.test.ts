import { describe, expect, it } from 'vitest'
import type { FieldSchema } from '../../core'
import { changeBetween, editedKeys, isEmptyChange, settingKeys } from './theme-values'

const fields: FieldSchema[] = [
  { key: 'primaryColor', type: 'text', label: 'Primary colour' },
  { key: 'footerNote', type: 'richText', label: 'Footer note' },
  { key: 'showSearch', type: 'checkbox', label: 'Show search' },
]
const allowed = settingKeys(fields)

describe('changeBetween', () => {
  it('sets changed keys, unsets cleared ones that were there and skips no-ops', () => {
    const before = { primaryColor: '#111', footerNote_html: '<p>a</p>', showSearch: true }
    const after = { primaryColor: '#222', footerNote_html: null, showSearch: true }
    expect(changeBetween(before, after, allowed)).toEqual({
      set: { primaryColor: '#222' },
      unset: ['footerNote_html'],
    })
  })

  it('sends false but not an empty value for a key that was never set', () => {
    expect(changeBetween({}, { showSearch: false, primaryColor: '' }, allowed)).toEqual({
      set: { showSearch: false },
      unset: [],
    })
  })

  it('never sends a key outside the schema', () => {
    const change = changeBetween({ legacy: 1 }, { legacy: 2, footerNote: 'x' }, allowed)
    expect(isEmptyChange(change)).toBe(true)
  })
})

describe('editedKeys', () => {
  it('treats a cleared value and a missing one alike', () => {
    expect([...editedKeys({ a: 1, b: 'x' }, { a: 1, b: null, c: '' })]).toEqual(['b'])
    expect([...editedKeys({ a: 1 }, { a: 2 })]).toEqual(['a'])
  })
})
