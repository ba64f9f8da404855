import { describe, expect, it } from 'vitest'
import { classifyTines } from './classify'

describe('classifyTines', () => {
  it('reads are reads', () => {
    expect(classifyTines({ method: 'GET', path: '/api/v2/cases/1/blocks', body: null })).toBe(
      'read',
    )
  })
  it('deleting a case is a delete', () => {
    expect(classifyTines({ method: 'DELETE', path: '/api/v2/cases/7', body: null })).toBe('delete')
  })
  it('block and element writes are edits, removing a block included', () => {
    for (const [method, path] of [
      ['POST', '/api/v2/cases/7/blocks'],
      ['PUT', '/api/v2/cases/7/blocks/3'],
      ['DELETE', '/api/v2/cases/7/blocks/3'],
      ['PUT', '/api/v2/cases/7/blocks/3/elements/9'],
      ['POST', '/api/v2/cases/7/blocks/3/content'],
    ] as const) {
      expect(classifyTines({ method, path, body: {} })).toBe('edit')
    }
  })
  it('other writes need an admin', () => {
    expect(classifyTines({ method: 'PUT', path: '/api/v2/cases/7', body: {} })).toBe('admin')
    expect(classifyTines({ method: 'POST', path: '/api/v2/cases', body: {} })).toBe('admin')
  })
})
