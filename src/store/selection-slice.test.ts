import { describe, expect, it } from 'vitest'
import type { Block } from '../core'
import { createEditorStore } from './create-editor-store'
import { selectedBlockIds } from './selection-slice'

const block = (id: string, children?: Block[]): Block =>
  children ? { id, type: 't', value: {}, children } : { id, type: 't', value: {} }

function store() {
  const blocks = [block('a'), block('box', [block('x'), block('y')]), block('b'), block('c')]
  const ref = { collection: 'pages', id: 'p' }
  return createEditorStore({ ref, schema: [], document: { ref, title: 'P', blocks, version: '1' } })
}

describe('selection slice', () => {
  it('a plain select keeps one block, which is the primary', () => {
    const s = store()
    s.getState().select('b')
    expect(s.getState()).toMatchObject({ selectedId: 'b', selectedIds: ['b'] })
    s.getState().select(null)
    expect(selectedBlockIds(s.getState())).toEqual([])
  })

  it('toggles blocks in and out, the last added being the primary', () => {
    const s = store()
    s.getState().select('c')
    s.getState().toggleSelected('a')
    expect(s.getState().selectedId).toBe('a')
    expect(selectedBlockIds(s.getState())).toEqual(['a', 'c'])
    s.getState().toggleSelected('a')
    expect(s.getState()).toMatchObject({ selectedId: 'c', selectedIds: ['c'] })
    s.getState().toggleSelected('c')
    expect(s.getState().selectedId).toBeNull()
  })

  it('selects a range in document order (nested blocks included) from the anchor', () => {
    const s = store()
    s.getState().select('b')
    s.getState().selectRange('box')
    expect(selectedBlockIds(s.getState())).toEqual(['box', 'x', 'y', 'b'])
    expect(s.getState().selectedId).toBe('box')
    // The anchor stays, so a second Shift+click re-draws the range from it.
    s.getState().selectRange('c')
    expect(selectedBlockIds(s.getState())).toEqual(['b', 'c'])
  })

  it('extends one block at a time and shrinks back past the anchor', () => {
    const s = store()
    s.getState().select('b')
    s.getState().extendSelection(1)
    expect(selectedBlockIds(s.getState())).toEqual(['b', 'c'])
    s.getState().extendSelection(1)
    expect(selectedBlockIds(s.getState())).toEqual(['b', 'c'])
    s.getState().extendSelection(-1)
    s.getState().extendSelection(-1)
    expect(selectedBlockIds(s.getState())).toEqual(['y', 'b'])
    expect(s.getState().selectedId).toBe('y')
  })

  it('selects all, keeping the primary, and drops blocks an edit removed', () => {
    const s = store()
    s.getState().select('c')
    s.getState().selectAll()
    expect(selectedBlockIds(s.getState())).toEqual(['a', 'box', 'x', 'y', 'b', 'c'])
    expect(s.getState().selectedId).toBe('c')
    s.getState().dispatch([{ op: 'remove', blockId: 'box' }], 'Remove')
    expect(selectedBlockIds(s.getState())).toEqual(['a', 'b', 'c'])
    s.getState().selectBlocks(['a', 'b'])
    expect(s.getState()).toMatchObject({ selectedId: 'b', selectedIds: ['a', 'b'] })
  })
})
