// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup } from '@testing-library/react'
import { EditorStoreProvider } from '../../store'
import { makeStore } from '../../test/doubles/editor-fixture'
import { SaveStatus } from './SaveStatus'
import { statusText } from './status-text'

afterEach(cleanup)

describe('statusText', () => {
  it('uses the short words of each state', () => {
    expect(statusText('saved', null, 0).label).toBe('Saved')
    expect(statusText('saving', 'Saving…', 2).label).toBe('Saving…')
    expect(statusText('unsaved', null, 1).label).toBe('1 unsaved change')
    expect(statusText('unsaved', null, 3).label).toBe('3 unsaved changes')
    expect(statusText('unsaved', null, 1, true).label).toBe('1 change waiting for Save')
    expect(statusText('unsaved', null, 3, true).label).toBe('3 changes waiting for Save')
    expect(statusText('offline', 'No network', 3)).toEqual({
      label: 'Offline — 3 changes kept on this device',
      detail: 'No network',
    })
    expect(statusText('offline', null, 1).label).toBe('Offline — 1 change kept on this device')
    expect(statusText('offline', null, 0).label).toBe('Offline')
    expect(statusText('conflict', '1 conflict needs your decision', 1).label).toBe('Conflict')
  })
})

describe('<SaveStatus>', () => {
  it('follows the store from Saved to unsaved changes and back to Saved after undo', () => {
    const store = makeStore()
    render(
      <EditorStoreProvider store={store}>
        <SaveStatus />
      </EditorStoreProvider>,
    )
    const status = screen.getByRole('status')
    expect(status.textContent).toBe('Saved')
    act(() => {
      store
        .getState()
        .dispatch([{ op: 'update', blockId: 'hero', value: { heading: 'New' } }], 'Edit')
    })
    expect(status.textContent).toBe('1 unsaved change')
    act(() => {
      store.getState().dispatch([{ op: 'remove', blockId: 'text' }], 'Remove')
    })
    expect(status.textContent).toBe('2 unsaved changes')
  })
})
