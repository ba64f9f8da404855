// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderEditor } from '../../test/doubles/render-editor'
import { Canvas } from './Canvas'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const ids = () =>
  within(screen.getByRole('list', { name: 'Blocks' }))
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('data-block-id'))

/** Presses a key on the focused element the way the keyboard sensor listens for it. */
function press(code: string, key = code) {
  const target = document.activeElement ?? document.body
  act(() => {
    fireEvent.keyDown(target, { code, key })
  })
  // Lets anything the press scheduled (a scroll, a focus request) run.
  act(() => {
    vi.runOnlyPendingTimers()
  })
}

describe('<Canvas> keyboard drag', () => {
  it('renders the blocks as a list named Blocks with labelled handles', () => {
    renderEditor(<Canvas />)
    expect(ids()).toEqual(['hero', 'text', 'quote'])
    expect(screen.getByRole('button', { name: 'Move Spring season' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Move To be or not' })).toBeTruthy()
  })

  it('a drop dispatches exactly one move and keeps focus on the handle', () => {
    const { store } = renderEditor(<Canvas />)
    const handle = screen.getByRole('button', { name: 'Move Spring season' })
    const live = () => document.querySelector('[data-drag-live]')?.textContent
    act(() => handle.focus())
    press('Space', ' ')
    expect(live()).toBe('Picked up Spring season.')
    press('ArrowDown')
    press('ArrowDown')
    press('Space', ' ')
    expect(live()).toBe('Spring season was moved after To be or not.')
    expect(store.getState().pending).toEqual([
      { op: 'moveAfter', blockId: 'hero', anchorId: 'quote' },
    ])
    expect(ids()).toEqual(['text', 'quote', 'hero'])
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Spring season' }))
  })

  it('reads keys pressed at once after the pick-up (no task in between)', () => {
    const { store } = renderEditor(<Canvas />)
    const handle = screen.getByRole('button', { name: 'Move Intro paragraph' })
    act(() => handle.focus())
    act(() => {
      fireEvent.keyDown(handle, { code: 'Space', key: ' ' })
      fireEvent.keyDown(handle, { code: 'ArrowUp', key: 'ArrowUp' })
      fireEvent.keyDown(handle, { code: 'Space', key: ' ' })
    })
    expect(store.getState().pending).toEqual([
      { op: 'moveBefore', blockId: 'text', anchorId: 'hero' },
    ])
  })

  it('dropping where the block already is, or cancelling, dispatches nothing', () => {
    const { store } = renderEditor(<Canvas />)
    const handle = screen.getByRole('button', { name: 'Move Spring season' })
    act(() => handle.focus())
    press('Space', ' ')
    press('ArrowDown')
    press('ArrowUp')
    press('Space', ' ')
    expect(store.getState().pending).toEqual([])

    act(() => handle.focus())
    press('Space', ' ')
    press('ArrowDown')
    press('Escape')
    expect(store.getState().pending).toEqual([])
    expect(ids()).toEqual(['hero', 'text', 'quote'])
  })

  it('selects a block when its card is clicked', () => {
    const { store } = renderEditor(<Canvas />)
    fireEvent.click(screen.getByRole('button', { name: 'Move To be or not' }))
    expect(store.getState().selectedId).toBe('quote')
    const item = screen.getAllByRole('listitem').find((li) => li.dataset.blockId === 'quote')
    expect(item?.getAttribute('aria-current')).toBe('true')
  })

  it('removes a block with one operation and moves focus to the next handle', () => {
    const { store } = renderEditor(<Canvas />)
    const hero = screen.getAllByRole('listitem')[0] as HTMLElement
    act(() => {
      within(hero).getByRole('button', { name: 'Remove block' }).click()
    })
    expect(store.getState().pending).toEqual([{ op: 'remove', blockId: 'hero' }])
    expect(ids()).toEqual(['text', 'quote'])
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move Intro paragraph')
  })
})
