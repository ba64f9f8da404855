// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { findBlock } from '../../core'
import { makeStore, recordDispatches } from '../../test/doubles/editor-fixture'
import { renderEditor } from '../../test/doubles/render-editor'
import { FieldsPanel } from './FieldsPanel'

afterEach(cleanup)

function setup() {
  const store = makeStore()
  store.getState().select('hero')
  const dispatched = recordDispatches(store)
  const rendered = renderEditor(<FieldsPanel />, { store })
  const hero = () => findBlock(store.getState().view, 'hero')?.value ?? {}
  return { ...rendered, hero, dispatched, user: userEvent.setup() }
}

describe('<FieldsPanel>', () => {
  it('asks to select a block when none is selected', () => {
    renderEditor(<FieldsPanel />)
    expect(screen.getByText('Select a block to edit its fields.')).toBeTruthy()
  })

  it('labels every field by its schema label and marks required ones', async () => {
    setup()
    const heading = screen.getByLabelText('Heading')
    expect(heading.getAttribute('aria-required')).toBe('true')
    expect(screen.getByLabelText('Count')).toBeTruthy()
    expect(screen.getByLabelText('Size')).toBeTruthy()
    expect(screen.getByLabelText('Featured')).toBeTruthy()
    expect(screen.getByLabelText('Starts')).toBeTruthy()
    expect(screen.getByLabelText('Meta')).toBeTruthy()
    // The rich-text editor's code loads on demand.
    expect(await screen.findByRole('textbox', { name: 'Body' })).toBeTruthy()
    expect(screen.getByRole('group', { name: 'Links' })).toBeTruthy()
    expect(screen.getByRole('group', { name: 'Call to action' })).toBeTruthy()
  })

  it('dispatches one update per valid change, with only that field', async () => {
    const { dispatched, user } = setup()
    const heading = screen.getByLabelText('Heading')
    await user.type(heading, '!')
    await user.click(screen.getByLabelText('Featured'))
    await user.selectOptions(screen.getByLabelText('Size'), 'large')
    expect(dispatched).toEqual([
      [{ op: 'update', blockId: 'hero', value: { heading: 'Spring season!' } }],
      [{ op: 'update', blockId: 'hero', value: { featured: true } }],
      [{ op: 'update', blockId: 'hero', value: { size: 'large' } }],
    ])
  })

  it('shows an invalid value at its field and never dispatches it', async () => {
    const { dispatched, user, hero } = setup()
    const heading = screen.getByLabelText('Heading')
    await user.clear(heading)
    expect(heading.getAttribute('aria-invalid')).toBe('true')
    const message = document.getElementById(heading.getAttribute('aria-describedby') ?? '')
    expect(message?.textContent).toBe('Heading is required.')
    expect(hero().heading).toBe('Spring season')

    const count = screen.getByLabelText('Count')
    await user.clear(count)
    await user.type(count, '4x')
    expect(count.getAttribute('aria-invalid')).toBe('true')
    expect(hero().count).toBe(4)

    const meta = screen.getByLabelText('Meta')
    await user.clear(meta)
    await user.type(meta, '{{"a": ')
    expect(meta.getAttribute('aria-invalid')).toBe('true')
    expect(hero().meta).toEqual({})

    // Only valid values went out: nothing for the heading or the JSON, an empty then 4 count.
    expect(dispatched).toEqual([
      [{ op: 'update', blockId: 'hero', value: { count: null } }],
      [{ op: 'update', blockId: 'hero', value: { count: 4 } }],
    ])
  })

  it('edits array items and group sub-fields as one update of the whole value', async () => {
    const { dispatched, user, hero } = setup()
    const links = screen.getByRole('group', { name: 'Links' })
    await user.click(within(links).getByRole('button', { name: 'Add item to Links' }))
    expect(hero().links).toEqual([
      { label: 'Tickets', url: '/tickets' },
      { label: '', url: '' },
    ])
    await user.click(within(links).getByRole('button', { name: 'Move Item 2 up' }))
    expect(hero().links).toEqual([
      { label: '', url: '' },
      { label: 'Tickets', url: '/tickets' },
    ])
    const cta = screen.getByRole('group', { name: 'Call to action' })
    await user.type(within(cta).getByLabelText('Button text'), 's')
    expect(hero().cta).toEqual({ text: 'Buys' })
    expect(dispatched.at(-1)).toEqual([
      { op: 'update', blockId: 'hero', value: { cta: { text: 'Buys' } } },
    ])
    expect(dispatched).toHaveLength(3)
  })

  it('follows the store when the value changes elsewhere (undo)', async () => {
    const { store, user } = setup()
    const heading = screen.getByLabelText('Heading') as HTMLInputElement
    await user.type(heading, '?')
    expect(heading.value).toBe('Spring season?')
    act(() => store.getState().undo())
    expect(heading.value).toBe('Spring season')
  })
})
