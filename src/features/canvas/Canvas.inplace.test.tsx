// @vitest-environment jsdom
// The selected block is edited where it is drawn: its text fields become textboxes named by their
// labels inside the element that draws them, and each edit is one `update` of that block.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { BlockTypeSchema } from '../../core'
import { createEditorStore } from '../../store'
import { recordDispatches } from '../../test/doubles/editor-fixture'
import { renderEditor } from '../../test/doubles/render-editor'
import { Canvas } from './Canvas'

afterEach(cleanup)

const card = (id: string): HTMLElement => {
  const item = document.querySelector<HTMLElement>(`li[data-block-id="${id}"]`)
  if (!item) throw new Error(`no card ${id}`)
  return item
}

describe('<Canvas> editing in place', () => {
  it('mounts editors on the selected block only, and sends one update per edit', () => {
    const { store } = renderEditor(<Canvas />)
    expect(within(card('hero')).getByRole('heading', { name: 'Spring season' })).toBeTruthy()
    expect(screen.queryAllByRole('textbox')).toHaveLength(0)

    act(() => store.getState().select('hero'))
    const heading = within(card('hero')).getByRole('textbox', { name: 'Heading' })
    expect(heading.closest('h1')).not.toBeNull()
    expect(within(card('quote')).queryAllByRole('textbox')).toHaveLength(0)

    const calls = recordDispatches(store)
    fireEvent.change(heading, { target: { value: 'Summer season' } })
    expect(calls).toEqual([
      [{ op: 'update', blockId: 'hero', value: { heading: 'Summer season' } }],
    ])
    expect(store.getState().undoStack.at(-1)?.label).toBe('Edit Heading')
  })

  it('draws a type whose fields differ from the known view by its schema (the quote as text)', () => {
    const { store } = renderEditor(<Canvas />)
    expect(card('quote').textContent).toContain('To be or not')
    act(() => store.getState().select('quote'))
    const quote = within(card('quote')).getByRole('textbox', { name: 'Quote' })
    expect((quote as HTMLTextAreaElement).value).toBe('To be or not')
  })

  it('keeps a line break out of a one-line text field', () => {
    const { store } = renderEditor(<Canvas />)
    act(() => store.getState().select('hero'))
    const heading = within(card('hero')).getByRole('textbox', { name: 'Heading' })
    const calls = recordDispatches(store)
    fireEvent.change(heading, { target: { value: 'Two\nlines' } })
    expect(calls).toEqual([[{ op: 'update', blockId: 'hero', value: { heading: 'Two lines' } }]])
  })

  it("edits a free-form state's words in place (Kragle): one update of the whole state", () => {
    const free = (type: string): BlockTypeSchema => ({
      type,
      label: type,
      fields: [{ key: 'state', type: 'customObject', label: 'State' }],
    })
    const store = createEditorStore({
      ref: { collection: 'stacks', id: '1' },
      schema: [free('heading'), free('button')],
      document: {
        ref: { collection: 'stacks', id: '1' },
        title: 'Home',
        version: 'v1',
        blocks: [
          { id: 'h', type: 'heading', value: { state: { text: 'Welcome', level: 2 } } },
          { id: 'b', type: 'button', value: { state: { label: 'Start', href: '/go' } } },
        ],
      },
    })
    renderEditor(<Canvas />, { store })
    expect(within(card('h')).getByRole('heading', { name: 'Welcome' })).toBeTruthy()
    act(() => store.getState().select('h'))
    const text = within(card('h')).getByRole('textbox', { name: 'Text' })
    expect(text.closest('h3')).not.toBeNull()
    const calls = recordDispatches(store)
    fireEvent.change(text, { target: { value: 'Hello' } })
    fireEvent.change(text, { target: { value: '' } })
    expect(calls).toEqual([
      [{ op: 'update', blockId: 'h', value: { state: { text: 'Hello', level: 2 } } }],
      [{ op: 'update', blockId: 'h', value: { state: { text: '', level: 2 } } }],
    ])
    // Emptied, the textbox stays where the caret is.
    expect(within(card('h')).getByRole('textbox', { name: 'Text' })).toBe(text)
    expect(store.getState().undoStack.at(-1)?.label).toBe('Edit State')

    act(() => store.getState().select('b'))
    const label = within(card('b')).getByRole('textbox', { name: 'Label' })
    fireEvent.change(label, { target: { value: 'Begin' } })
    expect(calls.at(-1)).toEqual([
      { op: 'update', blockId: 'b', value: { state: { label: 'Begin', href: '/go' } } },
    ])
  })
})
