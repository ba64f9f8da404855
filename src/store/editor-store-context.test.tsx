// @vitest-environment jsdom
import { act, render, renderHook, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EditorStoreProvider, useEditorStore } from './editor-store-context'
import { testStore } from '../test/doubles/store-fixtures'

function Count() {
  const count = useEditorStore((s) => s.view.length)
  return <p>{count} blocks</p>
}

describe('EditorStoreProvider', () => {
  it('re-renders readers when their slice changes', () => {
    const { store } = testStore()
    render(
      <EditorStoreProvider store={store}>
        <Count />
      </EditorStoreProvider>,
    )
    expect(screen.getByText('3 blocks')).toBeTruthy()
    act(() => {
      store.getState().dispatch([{ op: 'remove', blockId: 'b1' }], 'Remove')
    })
    expect(screen.getByText('2 blocks')).toBeTruthy()
  })

  it('says where the provider is missing', () => {
    expect(() => renderHook(() => useEditorStore((s) => s.status))).toThrow(/EditorStoreProvider/)
  })
})
