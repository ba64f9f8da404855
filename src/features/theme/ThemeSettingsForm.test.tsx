// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FieldSchema } from '../../core'
import { createThemeDraftStore } from '../../sync'
import { ThemeSettingsForm } from './ThemeSettingsForm'

afterEach(cleanup)

const fields: FieldSchema[] = [
  { key: 'accentColor', type: 'text', label: 'Accent colour' },
  { key: 'showSearch', type: 'checkbox', label: 'Show search', defaultValue: true },
]

function setup(values: Record<string, unknown> = { accentColor: '#f59e0b', legacy: 'x' }) {
  const store = createThemeDraftStore(fields, { values, version: 'v1' })
  const onSave = vi.fn(() => Promise.resolve('saved' as const))
  render(<ThemeSettingsForm store={store} title="Site theme settings" onSave={onSave} />)
  const form = screen.getByRole('form', { name: 'Site theme settings' })
  return { store, onSave, form, user: userEvent.setup() }
}

describe('<ThemeSettingsForm>', () => {
  it('counts unsaved changes and clears a setting as an unset', async () => {
    const { store, form, user } = setup()
    expect(within(form).getByRole('status').textContent).toBe('Saved')
    await user.click(within(form).getByLabelText('Show search'))
    expect(within(form).getByRole('status').textContent).toBe('1 unsaved change')
    await user.click(within(form).getByRole('button', { name: 'Clear Accent colour' }))
    expect((within(form).getByLabelText('Accent colour') as HTMLInputElement).value).toBe('')
    expect(store.getState().edits).toEqual({
      showSearch: { kind: 'set', value: true },
      accentColor: { kind: 'unset' },
    })
    expect(within(form).getByRole('status').textContent).toBe('2 unsaved changes')
  })

  it('saves on Ctrl+S inside the form and keeps the key from the page', () => {
    const { onSave, form } = setup()
    const outside = vi.fn()
    window.addEventListener('keydown', outside)
    fireEvent.keyDown(within(form).getByLabelText('Accent colour'), { key: 's', ctrlKey: true })
    window.removeEventListener('keydown', outside)
    expect(onSave).toHaveBeenCalledTimes(1)
    expect(outside).not.toHaveBeenCalled()
  })

  it('lists stored keys outside the schema without a control for them', () => {
    const { form } = setup()
    const unknown = within(form).getByRole('region', { name: 'Settings outside the schema' })
    expect(unknown.textContent).toContain('legacy')
    expect(within(form).queryByLabelText('legacy')).toBeNull()
  })

  it('shows a conflict with both values and resolves it with Take theirs', async () => {
    const { store, form, user } = setup()
    store.setState({
      conflicts: [{ key: 'accentColor', mine: { kind: 'set', value: '#111' }, theirs: '#222' }],
    })
    const conflict = await within(form).findByRole('group', { name: 'Conflict on Accent colour' })
    expect(conflict.textContent).toContain('#111')
    expect(conflict.textContent).toContain('#222')
    expect(within(form).getByRole('status').textContent).toBe('Conflict')
    await user.click(within(conflict).getByRole('button', { name: 'Take theirs' }))
    expect(store.getState().conflicts).toEqual([])
    expect(store.getState().edits).toEqual({})
  })
})
