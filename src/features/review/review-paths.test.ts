import { describe, expect, it } from 'vitest'
import { blockInEditorPath, editorPath, reviewBlockAnchor, reviewPath } from './review-paths'

describe('review paths', () => {
  it('encodes the record and keeps its variant in the query', () => {
    expect(reviewPath({ collection: 'pages', id: 'a b' })).toBe('/review/pages/a%20b')
    const variant = { collection: 'pages', id: '1', device: 'mobile', locale: 'fr' }
    expect(reviewPath(variant)).toBe('/review/pages/1?device=mobile&locale=fr')
    expect(editorPath(variant)).toBe('/edit/pages/1?device=mobile&locale=fr')
    expect(blockInEditorPath(variant, 'x&y')).toBe(
      '/edit/pages/1?device=mobile&locale=fr&block=x%26y',
    )
    expect(blockInEditorPath({ collection: 'pages', id: '1' }, 'b')).toBe('/edit/pages/1?block=b')
    expect(reviewBlockAnchor('b')).toBe('review-block-b')
  })
})
