// What each Drumee service does, for the role checks.
import { describe, expect, it } from 'vitest'
import { classifyDrumee } from './classify'

describe('classifyDrumee', () => {
  const of = (service: string, body: unknown = {}) =>
    classifyDrumee({ method: 'POST', path: `/-/svc/block.${service}`, body })

  it('tells drafts from publishing, deletes, admin work and reads', () => {
    expect(of('store', { status: '' })).toBe('edit')
    expect(of('store', { status: 'draft_without_history' })).toBe('edit')
    expect(of('store', { status: 'publish_with_history' })).toBe('publish')
    expect(of('store', { status: 'publish_without_history' })).toBe('publish')
    expect(of('unpublish')).toBe('publish')
    expect([of('delete'), of('purge')]).toEqual(['delete', 'delete'])
    expect([of('rename'), of('copy')]).toEqual(['admin', 'admin'])
    for (const read of ['content', 'history', 'list', 'list_by', 'search', 'info', 'log']) {
      expect(of(read)).toBe('read')
    }
  })
})
