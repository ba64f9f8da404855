import { describe, expect, it } from 'vitest'
import { classifyBasker } from './classify'

const ROOT = '/partners/2026-02/demo'

describe('classifyBasker', () => {
  it('reads are reads', () => {
    expect(
      classifyBasker({ method: 'GET', path: `${ROOT}/pages/home?draft=true`, body: null }),
    ).toBe('read')
  })
  it('theme settings writes, site-wide and per record, are theme', () => {
    const body = { draft: true, set: { accentColor: '#000' } }
    expect(classifyBasker({ method: 'PATCH', path: `${ROOT}/theme/settings`, body })).toBe('theme')
    expect(
      classifyBasker({ method: 'PATCH', path: `${ROOT}/pages/home/theme-settings`, body }),
    ).toBe('theme')
  })
  it('a block patch with replaceAll is a reorder; other block patches are edits', () => {
    const path = `${ROOT}/pages/home/blocks`
    const replace = { draft: true, operations: [{ op: 'replaceAll', blocks: [] }] }
    const update = { draft: true, operations: [{ op: 'update', blockId: 'a', value: {} }] }
    expect(classifyBasker({ method: 'PATCH', path, body: replace })).toBe('reorder')
    expect(classifyBasker({ method: 'PATCH', path, body: update })).toBe('edit')
    expect(classifyBasker({ method: 'PATCH', path, body: null })).toBe('edit')
  })
  it('deleting a record is a delete', () => {
    expect(classifyBasker({ method: 'DELETE', path: `${ROOT}/pages/home`, body: null })).toBe(
      'delete',
    )
  })
  it('a write that leaves the draft is a publish', () => {
    const path = `${ROOT}/pages/home`
    expect(classifyBasker({ method: 'PATCH', path, body: { draft: false } })).toBe('publish')
    expect(classifyBasker({ method: 'PATCH', path, body: { _status: 'published' } })).toBe(
      'publish',
    )
  })
})
