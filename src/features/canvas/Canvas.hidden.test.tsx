// @vitest-environment jsdom
// Blocks with a boolean `hidden` (Tines) get a Show/Hide toggle and are dimmed when hidden; a
// block holding others asks before it is removed, naming how many blocks go.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { BlockTypeSchema } from '../../core'
import { createEditorStore } from '../../store'
import { renderEditor } from '../../test/doubles/render-editor'
import { Canvas } from './Canvas'

const schema: BlockTypeSchema[] = [
  {
    type: 'group',
    label: 'Group',
    container: true,
    fields: [
      { key: 'title', type: 'text', label: 'Title' },
      { key: 'hidden', type: 'checkbox', label: 'Hidden' },
    ],
  },
  {
    type: 'note',
    label: 'Note',
    fields: [
      { key: 'title', type: 'text', label: 'Title' },
      { key: 'hidden', type: 'checkbox', label: 'Hidden' },
    ],
  },
  { type: 'para', label: 'Paragraph', fields: [{ key: 'title', type: 'text', label: 'Title' }] },
]

function makeStore() {
  const blocks = [
    { id: 'shown', type: 'note', value: { title: 'Summary', hidden: false } },
    { id: 'secret', type: 'note', value: { title: 'Secret', hidden: true } },
    { id: 'plain', type: 'para', value: { title: 'Plain' } },
    {
      id: 'grp',
      type: 'group',
      value: { title: 'Investigation', hidden: false },
      children: [
        { id: 'k1', type: 'note', value: { title: 'First', hidden: false } },
        { id: 'k2', type: 'note', value: { title: 'Second', hidden: false } },
      ],
    },
  ]
  const ref = { collection: 'cases', id: '1' }
  return createEditorStore({ ref, schema, document: { ref, title: 'Case', blocks, version: null } })
}

const item = (id: string): HTMLElement => {
  const found = screen.getAllByRole('listitem').find((li) => li.dataset.blockId === id)
  if (!found) throw new Error(`no block ${id}`)
  return found
}
const card = (id: string) => item(id).querySelector('.block-card') as HTMLElement

afterEach(cleanup)

describe('hidden blocks', () => {
  it('dims hidden blocks and offers Show or Hide only where `hidden` is a boolean', () => {
    renderEditor(<Canvas />, { store: makeStore(), nesting: true })
    expect(card('secret').dataset.hidden).toBe('')
    // Marked in words (a badge), not faded: faded text would fail the 4.5:1 contrast.
    expect(within(card('secret')).getAllByText('Hidden').length).toBeGreaterThan(0)
    expect(card('secret').style.opacity).toBe('')
    expect(card('shown').dataset.hidden).toBeUndefined()
    expect(within(card('secret')).getByRole('button', { name: 'Show block' })).toBeTruthy()
    expect(within(card('shown')).getAllByRole('button', { name: 'Hide block' })).toHaveLength(1)
    expect(within(card('plain')).queryByRole('button', { name: /^(Show|Hide) block$/ })).toBeNull()
  })

  it('toggles with one update, dims at once and announces it', () => {
    const store = makeStore()
    renderEditor(<Canvas />, { store, nesting: true })
    act(() => within(card('shown')).getByRole('button', { name: 'Hide block' }).click())
    expect(store.getState().pending).toEqual([
      { op: 'update', blockId: 'shown', value: { hidden: true } },
    ])
    expect(card('shown').dataset.hidden).toBe('')
    expect(within(card('shown')).getByRole('button', { name: 'Show block' })).toBeTruthy()
  })
})

describe('removing a block that holds others', () => {
  const removeButton = (id: string) =>
    within(card(id)).getAllByRole('button', { name: 'Remove block' })[0] as HTMLElement

  it('removes a block without children at once', () => {
    const store = makeStore()
    renderEditor(<Canvas />, { store, nesting: true })
    act(() => removeButton('plain').click())
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(store.getState().pending).toEqual([{ op: 'remove', blockId: 'plain' }])
  })

  it('asks first, naming the count; Escape cancels and returns focus', () => {
    const store = makeStore()
    renderEditor(<Canvas />, { store, nesting: true })
    const button = removeButton('grp')
    act(() => {
      button.focus()
      button.click()
    })
    const dialog = screen.getByRole('alertdialog', { name: 'Remove Investigation?' })
    expect(dialog.textContent).toContain('This removes 3 blocks')
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }))
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' })
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(store.getState().pending).toEqual([])
    expect(document.activeElement).toBe(button)
  })

  it('keeps Tab inside the dialog and removes on confirm', () => {
    const store = makeStore()
    renderEditor(<Canvas />, { store, nesting: true })
    act(() => removeButton('grp').click())
    const dialog = screen.getByRole('alertdialog')
    const confirm = within(dialog).getByRole('button', { name: 'Remove 3 blocks' })
    act(() => confirm.focus())
    fireEvent.keyDown(confirm, { key: 'Tab' })
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }))
    act(() => confirm.click())
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(store.getState().pending).toEqual([{ op: 'remove', blockId: 'grp' }])
  })
})
