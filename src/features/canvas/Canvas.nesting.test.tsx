// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BlockTypeSchema } from '../../core'
import { createEditorStore } from '../../store'
import { PaletteHost } from '../palette/PaletteHost'
import { renderEditor } from '../../test/doubles/render-editor'
import { Canvas } from './Canvas'

const schema: BlockTypeSchema[] = [
  {
    type: 'section',
    label: 'Section',
    container: true,
    fields: [{ key: 'title', type: 'text', label: 'Title' }],
  },
  { type: 'para', label: 'Paragraph', fields: [{ key: 'text', type: 'text', label: 'Text' }] },
]

function nestedStore() {
  const blocks = [
    { id: 'intro', type: 'para', value: { text: 'Intro' } },
    {
      id: 'sec',
      type: 'section',
      value: { title: 'Programme' },
      children: [
        { id: 'k1', type: 'para', value: { text: 'First' } },
        { id: 'k2', type: 'para', value: { text: 'Second' } },
      ],
    },
  ]
  const ref = { collection: 'pages', id: 'p' }
  return createEditorStore({ ref, schema, document: { ref, title: 'P', blocks, version: '1' } })
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

function press(code: string, key = code) {
  act(() => {
    fireEvent.keyDown(document.activeElement ?? document.body, { code, key })
  })
  act(() => {
    vi.runOnlyPendingTimers()
  })
}

describe('<Canvas> with nesting', () => {
  it('renders children inside their container card, in their own list', () => {
    renderEditor(<Canvas />, { store: nestedStore(), nesting: true })
    const inner = screen.getByRole('list', { name: 'Blocks in Programme' })
    expect(
      within(inner)
        .getAllByRole('listitem')
        .map((li) => li.dataset.blockId),
    ).toEqual(['k1', 'k2'])
  })

  it('moves a block into a container with one keyboard drop', () => {
    const store = nestedStore()
    renderEditor(<Canvas />, { store, nesting: true })
    act(() => screen.getByRole('button', { name: 'Move Intro' }).focus())
    press('Space', ' ')
    // Slots after the origin: before First, after First, …
    press('ArrowDown')
    press('ArrowDown')
    press('Enter')
    expect(store.getState().pending).toEqual([
      { op: 'moveAfter', blockId: 'intro', anchorId: 'k1' },
    ])
    const inner = screen.getByRole('list', { name: 'Blocks in Programme' })
    expect(
      within(inner)
        .getAllByRole('listitem')
        .map((li) => li.dataset.blockId),
    ).toEqual(['k1', 'intro', 'k2'])
  })

  it('appends inside a container with its own Add block', () => {
    vi.useRealTimers()
    const store = nestedStore()
    renderEditor(
      <>
        <Canvas />
        <PaletteHost />
      </>,
      { store, nesting: true },
    )
    const section = screen
      .getAllByRole('listitem')
      .find((li) => li.dataset.blockId === 'sec') as HTMLElement
    const addButtons = within(section).getAllByRole('button', { name: 'Add block' })
    act(() => (addButtons.at(-1) as HTMLElement).click())
    const search = screen.getByRole('combobox')
    fireEvent.change(search, { target: { value: 'para' } })
    fireEvent.keyDown(search, { key: 'Enter' })
    expect(store.getState().pending).toEqual([
      { op: 'append', parentId: 'sec', block: { id: 'new-1', type: 'para', value: { text: '' } } },
    ])
  })
})
