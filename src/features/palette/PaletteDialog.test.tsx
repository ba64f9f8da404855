// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { testSchema } from '../../test/doubles/editor-fixture'
import { PaletteDialog } from './PaletteDialog'

afterEach(cleanup)

const options = () => screen.getAllByRole('option').map((o) => o.querySelector('span')?.textContent)

describe('<PaletteDialog>', () => {
  it('filters the block types as the user types', async () => {
    const user = userEvent.setup()
    render(<PaletteDialog types={testSchema} onPick={vi.fn()} onClose={vi.fn()} />)
    expect(options()).toEqual(['Hero', 'Text', 'Pull quote'])
    await user.type(screen.getByRole('combobox', { name: 'Search block types' }), 'quo')
    expect(options()).toEqual(['Pull quote'])
    await user.clear(screen.getByRole('combobox'))
    await user.type(screen.getByRole('combobox'), 'nothing like it')
    expect(screen.queryAllByRole('option')).toEqual([])
    expect(screen.getByText(/No block type matches/)).toBeTruthy()
  })

  it('picks the highlighted type with the arrow keys and Enter', async () => {
    const user = userEvent.setup()
    const onPick = vi.fn()
    render(
      <PaletteDialog types={testSchema} anchorLabel="Intro" onPick={onPick} onClose={vi.fn()} />,
    )
    const search = screen.getByRole('combobox')
    expect(document.activeElement).toBe(search)
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(search.getAttribute('aria-activedescendant')).toBe(
      screen.getByRole('option', { name: /Pull quote/ }).id,
    )
    await user.keyboard('{Enter}')
    expect(onPick).toHaveBeenCalledTimes(1)
    expect(onPick).toHaveBeenCalledWith(testSchema[2], 'after')
  })

  it('inserts before the block with Shift+Enter or the Before choice', async () => {
    const user = userEvent.setup()
    const onPick = vi.fn()
    render(
      <PaletteDialog types={testSchema} anchorLabel="Intro" onPick={onPick} onClose={vi.fn()} />,
    )
    await user.keyboard('{Shift>}{Enter}{/Shift}')
    expect(onPick).toHaveBeenLastCalledWith(testSchema[0], 'before')
    await user.click(screen.getByRole('radio', { name: 'After Intro' }))
    await user.click(screen.getByRole('option', { name: /Text/ }))
    expect(onPick).toHaveBeenLastCalledWith(testSchema[1], 'after')
  })

  it('closes on Escape', () => {
    const onClose = vi.fn()
    render(<PaletteDialog types={testSchema} onPick={vi.fn()} onClose={onClose} />)
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Escape' })
    expect(onClose).toHaveBeenCalledTimes(1)
  })
})
