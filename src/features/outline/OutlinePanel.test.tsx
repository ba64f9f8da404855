// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Block } from '../../core'
import { makeStore, recordDispatches, testBlocks } from '../../test/doubles/editor-fixture'
import { renderEditor } from '../../test/doubles/render-editor'
import { OutlinePanel } from './OutlinePanel'

afterEach(cleanup)

function nestedStore() {
  const [hero, text, quote] = testBlocks() as [Block, Block, Block]
  return makeStore([{ ...hero, children: [text] }, quote])
}

const tree = () => screen.getByRole('tree', { name: 'Outline' })
const rowIds = () =>
  within(tree())
    .getAllByRole('treeitem')
    .map((row) => row.getAttribute('data-outline-id'))

describe('<OutlinePanel>', () => {
  it('shows nested containers as tree levels and collapses them with the arrow keys', () => {
    renderEditor(<OutlinePanel />, { store: nestedStore(), nesting: true })
    expect(rowIds()).toEqual(['hero', 'text', 'quote'])
    const hero = within(tree()).getByRole('treeitem', { name: /Spring season/ })
    expect(hero.getAttribute('aria-expanded')).toBe('true')
    expect(within(tree()).getByRole('treeitem', { name: /Intro/ }).getAttribute('aria-level')).toBe(
      '2',
    )
    act(() => hero.focus())
    fireEvent.keyDown(hero, { key: 'ArrowLeft' })
    expect(rowIds()).toEqual(['hero', 'quote'])
    expect(hero.getAttribute('aria-expanded')).toBe('false')
    fireEvent.keyDown(hero, { key: 'ArrowRight' })
    expect(rowIds()).toEqual(['hero', 'text', 'quote'])
  })

  it('selects with clicks (Ctrl toggles, Shift extends) without editing anything', () => {
    const { store } = renderEditor(<OutlinePanel />)
    const rows = within(tree()).getAllByRole('treeitem')
    fireEvent.click(rows[0] as HTMLElement)
    fireEvent.click(rows[2] as HTMLElement, { ctrlKey: true })
    expect(store.getState().selectedIds).toEqual(['hero', 'quote'])
    expect(rows[2]?.getAttribute('aria-selected')).toBe('true')
    expect(rows[1]?.getAttribute('aria-selected')).toBe('false')
    fireEvent.click(rows[1] as HTMLElement, { shiftKey: true })
    expect(store.getState().selectedIds).toEqual(['text', 'quote'])
    expect(store.getState().pending).toEqual([])
  })

  it('a keyboard drop dispatches one move and announces each step', () => {
    const store = makeStore()
    const calls = recordDispatches(store)
    renderEditor(<OutlinePanel />, { store })
    const handle = screen.getByRole('button', { name: 'Move Spring season' })
    const live = () =>
      screen
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' ')
    act(() => handle.focus())
    fireEvent.keyDown(handle, { key: ' ' })
    expect(live()).toContain('Picked up Spring season.')
    fireEvent.keyDown(handle, { key: 'ArrowDown' })
    expect(live()).toContain('Spring season would go after')
    fireEvent.keyDown(handle, { key: 'ArrowDown' })
    fireEvent.keyDown(handle, { key: 'Enter' })
    expect(calls).toEqual([[{ op: 'moveAfter', blockId: 'hero', anchorId: 'quote' }]])
    expect(live()).toContain('Spring season was moved after To be or not.')
    expect(rowIds()).toEqual(['text', 'quote', 'hero'])
  })

  it('filters by type or text and says when nothing matches', () => {
    renderEditor(<OutlinePanel />)
    const filter = screen.getByLabelText('Filter blocks')
    fireEvent.change(filter, { target: { value: 'pull quote' } })
    expect(rowIds()).toEqual(['quote'])
    fireEvent.change(filter, { target: { value: 'zzz' } })
    expect(screen.getByText(/No block matches/)).toBeTruthy()
    fireEvent.keyDown(filter, { key: 'Escape' })
    expect(rowIds()).toEqual(['hero', 'text', 'quote'])
  })
})
