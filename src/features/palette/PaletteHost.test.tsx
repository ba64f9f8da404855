// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { Canvas } from '../canvas/Canvas'
import { renderEditor } from '../../test/doubles/render-editor'
import { PaletteHost } from './PaletteHost'

afterEach(cleanup)

const ids = () =>
  within(screen.getByRole('list', { name: 'Blocks' }))
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('data-block-id'))

describe('the palette in the editor', () => {
  it('inserts the chosen type after the block whose Add block was pressed, with defaults', async () => {
    const user = userEvent.setup()
    const { store } = renderEditor(
      <>
        <Canvas />
        <PaletteHost />
      </>,
    )
    const hero = screen.getAllByRole('listitem')[0] as HTMLElement
    await user.click(within(hero).getByRole('button', { name: 'Add block' }))
    await user.keyboard('pull{Enter}')
    expect(store.getState().pending).toEqual([
      {
        op: 'insertAfter',
        blockId: 'hero',
        block: { id: 'new-1', type: 'quote', value: { quote: '' } },
      },
    ])
    expect(ids()).toEqual(['hero', 'new-1', 'text', 'quote'])
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(store.getState().selectedId).toBe('new-1')
  })

  it('appends with the Add block button below the list and returns focus on Escape', async () => {
    const user = userEvent.setup()
    const { store } = renderEditor(
      <>
        <Canvas />
        <PaletteHost />
      </>,
    )
    const end = document.getElementById('add-block-at-end') as HTMLElement
    await user.click(end)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(end)
    expect(store.getState().pending).toEqual([])

    await user.click(end)
    await user.keyboard('{Enter}')
    expect(store.getState().pending).toEqual([
      { op: 'append', block: expect.objectContaining({ id: 'new-1', type: 'hero' }) },
    ])
    expect(ids()).toEqual(['hero', 'text', 'quote', 'new-1'])
  })

  it('duplicates a block after itself with fresh ids', async () => {
    const user = userEvent.setup()
    const { store } = renderEditor(<Canvas />)
    const quote = screen.getAllByRole('listitem')[2] as HTMLElement
    await user.click(within(quote).getByRole('button', { name: 'Duplicate block' }))
    expect(store.getState().pending).toEqual([
      {
        op: 'insertAfter',
        blockId: 'quote',
        block: { id: 'new-1', type: 'quote', value: { quote: 'To be or not' } },
      },
    ])
  })

  it('copies a block and pastes it after another, through localStorage', async () => {
    const user = userEvent.setup()
    localStorage.clear()
    const { store } = renderEditor(<Canvas />)
    const [hero, text] = screen.getAllByRole('listitem') as HTMLElement[]
    await user.click(within(hero as HTMLElement).getByRole('button', { name: 'Copy block' }))
    expect(localStorage.getItem('block-editor:clipboard')).toContain('Spring season')
    await user.click(within(text as HTMLElement).getByRole('button', { name: 'Paste after' }))
    const pending = store.getState().pending
    expect(pending).toHaveLength(1)
    expect(pending[0]).toMatchObject({
      op: 'insertAfter',
      blockId: 'text',
      block: { id: 'new-1', type: 'hero' },
    })
    expect(ids()).toEqual(['hero', 'text', 'new-1', 'quote'])
  })
})
