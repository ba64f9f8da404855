// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createBlockCommands } from './block-commands'
import { createEditorUi } from './editor-ui'
import { makeStore } from '../../test/doubles/editor-fixture'
import { useEditorShortcuts } from './use-editor-shortcuts'
import type { EditorStoreApi } from '../../store'

afterEach(cleanup)

function Harness(props: { store: EditorStoreApi; flushNow: () => void }) {
  const ui = createEditorUi(props.store.getState().schema, false)
  const commands = createBlockCommands({
    store: props.store,
    ui,
    newId: () => 'copy-1',
    storage: window.localStorage,
  })
  useEditorShortcuts(props.store, props.flushNow, commands)
  return (
    <div>
      <input aria-label="A text field" />
      <button type="button">A button</button>
    </div>
  )
}

function setup() {
  const store = makeStore()
  const flushNow = vi.fn()
  const view = render(<Harness store={store} flushNow={flushNow} />)
  act(() => {
    store.getState().dispatch([{ op: 'update', blockId: 'hero', value: { heading: 'X' } }], 'Edit')
  })
  return { store, flushNow, view }
}

describe('editor shortcuts', () => {
  it('Ctrl/Cmd+S saves and stops the browser from saving the page', () => {
    const { flushNow, view } = setup()
    const event = new KeyboardEvent('keydown', {
      key: 's',
      metaKey: true,
      bubbles: true,
      cancelable: true,
    })
    act(() => {
      view.getByLabelText('A text field').dispatchEvent(event)
    })
    expect(flushNow).toHaveBeenCalledTimes(1)
    expect(event.defaultPrevented).toBe(true)
  })

  it('undoes and redoes outside text fields only', () => {
    const { store, view } = setup()
    fireEvent.keyDown(view.getByLabelText('A text field'), { key: 'z', ctrlKey: true })
    expect(store.getState().undoStack).toHaveLength(1)
    fireEvent.keyDown(view.getByText('A button'), { key: 'z', ctrlKey: true })
    expect(store.getState().undoStack).toHaveLength(0)
    expect(store.getState().redoStack).toHaveLength(1)
    fireEvent.keyDown(view.getByText('A button'), { key: 'Z', ctrlKey: true, shiftKey: true })
    expect(store.getState().redoStack).toHaveLength(0)
  })

  it('copies the selected block and pastes it after the selection', () => {
    localStorage.clear()
    const { store, view } = setup()
    act(() => store.getState().select('quote'))
    fireEvent.keyDown(view.getByText('A button'), { key: 'c', ctrlKey: true })
    expect(localStorage.getItem('block-editor:clipboard')).toContain('To be or not')
    act(() => store.getState().select('hero'))
    fireEvent.keyDown(view.getByText('A button'), { key: 'v', metaKey: true })
    expect(store.getState().view.map((b) => b.id)).toEqual(['hero', 'copy-1', 'text', 'quote'])
  })
})
