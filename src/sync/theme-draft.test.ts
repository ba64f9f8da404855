import { describe, expect, it } from 'vitest'
import type { FieldSchema } from '../core'
import { applyEdits, changeOf, editFor, pruneSent, rebaseEdits, settingKeys } from './theme-draft'

const fields: FieldSchema[] = [
  { key: 'primaryColor', type: 'text', label: 'Primary colour' },
  { key: 'footerNote', type: 'richText', label: 'Footer note' },
  { key: 'showSearch', type: 'checkbox', label: 'Show search' },
]

describe('editFor', () => {
  it('sets a changed value, unsets a cleared one and ignores no-ops', () => {
    const base = { primaryColor: '#111', showSearch: true }
    expect(editFor(base, 'primaryColor', '#222')).toEqual({ kind: 'set', value: '#222' })
    expect(editFor(base, 'primaryColor', '#111')).toBeNull()
    expect(editFor(base, 'primaryColor', '')).toEqual({ kind: 'unset' })
    expect(editFor(base, 'accentColor', null)).toBeNull()
    expect(editFor(base, 'showSearch', false)).toEqual({ kind: 'set', value: false })
  })
})

describe('changeOf', () => {
  it('sends rich text as <key>_html and never a key outside the schema', () => {
    const change = changeOf(
      {
        primaryColor: { kind: 'set', value: '#222' },
        footerNote_html: { kind: 'unset' },
        legacy: { kind: 'set', value: 'x' },
        footerNote: { kind: 'unset' },
      },
      settingKeys(fields),
    )
    expect(change).toEqual({ set: { primaryColor: '#222' }, unset: ['footerNote_html'] })
  })
})

describe('rebaseEdits', () => {
  const oldBase = { primaryColor: '#111', accentColor: '#aaa', showSearch: true }

  it('replays edits of keys they did not touch', () => {
    const theirs = { ...oldBase, accentColor: '#bbb' }
    const result = rebaseEdits(oldBase, theirs, { primaryColor: { kind: 'set', value: '#222' } })
    expect(result).toEqual({
      edits: { primaryColor: { kind: 'set', value: '#222' } },
      conflicts: [],
    })
    expect(applyEdits(theirs, result.edits)).toEqual({ ...theirs, primaryColor: '#222' })
  })

  it('reports a key both sides changed differently as a conflict', () => {
    const theirs = { ...oldBase, primaryColor: '#333' }
    const mine = { kind: 'set', value: '#222' } as const
    expect(rebaseEdits(oldBase, theirs, { primaryColor: mine })).toEqual({
      edits: {},
      conflicts: [{ key: 'primaryColor', mine, theirs: '#333' }],
    })
  })

  it('drops an edit they already made and flags an unset of a key they changed', () => {
    const theirs = { primaryColor: '#222', accentColor: '#ccc', showSearch: true }
    const result = rebaseEdits(oldBase, theirs, {
      primaryColor: { kind: 'set', value: '#222' },
      accentColor: { kind: 'unset' },
    })
    expect(result.edits).toEqual({})
    expect(result.conflicts).toEqual([
      { key: 'accentColor', mine: { kind: 'unset' }, theirs: '#ccc' },
    ])
  })
})

describe('pruneSent', () => {
  it('keeps an edit the user changed again while it was being saved', () => {
    const sent = { primaryColor: { kind: 'set', value: '#222' } } as const
    const now = { primaryColor: { kind: 'set', value: '#2222' } } as const
    expect(pruneSent(now, sent, { primaryColor: '#222' })).toEqual(now)
    expect(pruneSent(sent, sent, { primaryColor: '#222' })).toEqual({})
  })
})
