// @vitest-environment jsdom
// Typing must not re-render every card: only the card of the edited block renders again.
import { act, cleanup } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderEditor } from '../../test/doubles/render-editor'
import { Canvas } from './Canvas'
import * as preview from './preview-entries'

vi.mock('./preview-entries', { spy: true })

afterEach(cleanup)

describe('<Canvas> rendering', () => {
  it('re-renders only the edited card when a field changes', () => {
    const { store } = renderEditor(<Canvas />)
    const calls = vi.mocked(preview.previewEntries)
    expect(calls).toHaveBeenCalledTimes(3)
    calls.mockClear()
    act(() => {
      store
        .getState()
        .dispatch([{ op: 'update', blockId: 'text', value: { body_html: '<p>x</p>' } }], 'Edit')
    })
    expect(calls).toHaveBeenCalledTimes(1)
    expect(calls.mock.calls[0]?.[0].id).toBe('text')
    calls.mockClear()
    act(() => store.getState().select('quote'))
    expect(calls).not.toHaveBeenCalled()
  })
})
