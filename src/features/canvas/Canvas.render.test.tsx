// @vitest-environment jsdom
// Typing must not re-render every card: only the card of the edited block draws again, and a
// selection draws again only the card that gains its editors.
import { act, cleanup } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as views from '../blocks-view/backend-views'
import { renderEditor } from '../../test/doubles/render-editor'
import { Canvas } from './Canvas'

vi.mock('../blocks-view/backend-views', { spy: true })

afterEach(cleanup)

describe('<Canvas> rendering', () => {
  it('re-renders only the edited card when a field changes, and only the selected on select', () => {
    const { store } = renderEditor(<Canvas />)
    const calls = vi.mocked(views.viewFor)
    expect(calls).toHaveBeenCalledTimes(3)
    calls.mockClear()
    act(() => {
      store
        .getState()
        .dispatch([{ op: 'update', blockId: 'text', value: { body_html: '<p>x</p>' } }], 'Edit')
    })
    expect(calls.mock.calls.map((c) => c[1])).toEqual(['text'])
    calls.mockClear()
    act(() => store.getState().select('quote'))
    expect(calls.mock.calls.map((c) => c[1])).toEqual(['quote'])
  })
})
