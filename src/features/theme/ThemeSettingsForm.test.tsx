// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FieldSchema } from '../../core'
import { createEditorStore } from '../../store'
import { THEME_BLOCK_ID, themeValues } from '../../sync'
import { themeBlocks, themeSchema } from '../../sync/theme/theme-values'
import { ThemeSettingsForm } from './ThemeSettingsForm'
import type { SettingContext } from './use-setting-context'

afterEach(cleanup)

const fields: FieldSchema[] = [
  { key: 'accentColor', type: 'text', label: 'Accent colour' },
  { key: 'showSearch', type: 'checkbox', label: 'Show search', defaultValue: true },
]

function setup(
  values: Record<string, unknown> = { accentColor: '#f59e0b', legacy: 'x' },
  context?: SettingContext,
) {
  const ref = { collection: '@theme', id: 'site' }
  const store = createEditorStore({
    ref,
    schema: themeSchema(fields),
    document: { ref, title: 'Theme settings', blocks: themeBlocks(values), version: 'v1' },
  })
  const saveNow = vi.fn(() => Promise.resolve({ kind: 'saved' as const }))
  render(
    <ThemeSettingsForm
      store={store}
      fields={fields}
      title="Site theme settings"
      saveNow={saveNow}
      {...(context ? { context } : {})}
    />,
  )
  const form = screen.getByRole('form', { name: 'Site theme settings' })
  return { store, saveNow, form, user: userEvent.setup() }
}

describe('<ThemeSettingsForm>', () => {
  it('counts changed settings and clears a setting (sent as an unset)', async () => {
    const { store, form, user } = setup()
    expect(within(form).getByRole('status').textContent).toBe('Saved')
    await user.click(within(form).getByLabelText('Show search'))
    expect(within(form).getByRole('status').textContent).toBe('1 unsaved change')
    await user.click(within(form).getByRole('button', { name: 'Clear Accent colour' }))
    expect((within(form).getByLabelText('Accent colour') as HTMLInputElement).value).toBe('')
    expect(store.getState().pending).toEqual([
      { op: 'update', blockId: THEME_BLOCK_ID, value: { showSearch: true, accentColor: null } },
    ])
    expect(within(form).getByRole('status').textContent).toBe('2 unsaved changes')
  })

  it('saves on Ctrl+S inside the form and keeps the key from the page', () => {
    const { saveNow, form } = setup()
    const outside = vi.fn()
    window.addEventListener('keydown', outside)
    fireEvent.keyDown(within(form).getByLabelText('Accent colour'), { key: 's', ctrlKey: true })
    window.removeEventListener('keydown', outside)
    expect(saveNow).toHaveBeenCalledTimes(1)
    expect(outside).not.toHaveBeenCalled()
  })

  it('has no save button: changes save by themselves', () => {
    const { form } = setup()
    expect(within(form).queryByRole('button', { name: /save/i })).toBeNull()
  })

  it('lists stored keys outside the schema without a control for them', () => {
    const { form } = setup()
    const unknown = within(form).getByRole('region', { name: 'Settings outside the schema' })
    expect(unknown.textContent).toContain('legacy')
    expect(within(form).queryByLabelText('legacy')).toBeNull()
  })

  it('shows a conflict from a rebase with both values and resolves it with Take theirs', async () => {
    const { store, form, user } = setup()
    act(() => {
      store
        .getState()
        .dispatch([{ op: 'update', blockId: THEME_BLOCK_ID, value: { accentColor: '#111' } }], 'E')
      store.getState().takeFlush()
      store.getState().rebaseOnto({ blocks: themeBlocks({ accentColor: '#222' }), version: 'v2' })
    })
    const conflict = await within(form).findByRole('group', { name: 'Conflict on Accent colour' })
    expect(conflict.textContent).toContain('#111')
    expect(conflict.textContent).toContain('#222')
    expect(within(form).getByRole('status').textContent).toBe('Conflict')
    await user.click(within(conflict).getByRole('button', { name: 'Take theirs' }))
    expect(store.getState().conflicts).toEqual([])
    expect(store.getState().pending).toEqual([])
    expect(themeValues(store.getState().view)).toEqual({ accentColor: '#222' })
  })

  it('refuses a colour that is not one: message shown, text kept, nothing sent', async () => {
    const { store, form, user } = setup()
    const field = within(form).getByLabelText('Accent colour') as HTMLInputElement
    await user.clear(field)
    await user.type(field, 'blue-ish')
    expect(field.value).toBe('blue-ish')
    expect(field.getAttribute('aria-invalid')).toBe('true')
    const message = document.getElementById(field.getAttribute('aria-describedby') ?? '')
    expect(message?.textContent).toMatch(/^Accent colour must be a colour such as #1a4d8f/)
    // Clearing the text is a change (the setting is cleared); the invalid text never is.
    expect(store.getState().pending).toEqual([
      { op: 'update', blockId: THEME_BLOCK_ID, value: { accentColor: null } },
    ])
    await user.clear(field)
    await user.type(field, '#1a4d8f')
    expect(field.getAttribute('aria-invalid')).toBeNull()
    expect(store.getState().pending).toEqual([
      { op: 'update', blockId: THEME_BLOCK_ID, value: { accentColor: '#1a4d8f' } },
    ])
    const picker = within(form).getByLabelText('Pick Accent colour') as HTMLInputElement
    expect(picker.type).toBe('color')
    expect(picker.value).toBe('#1a4d8f')
  })

  it('puts Clear in the colour field row, beside the input', () => {
    const { form } = setup()
    const field = within(form).getByLabelText('Accent colour')
    const clear = within(form).getByRole('button', { name: 'Clear Accent colour' })
    expect(clear.parentElement).toBe(field.parentElement)
  })

  it("shows what a page inherits from the site instead of 'Not set'", () => {
    const { form } = setup(
      {},
      {
        valuesUnknown: false,
        site: { values: { accentColor: '#1a4d8f' }, valuesUnknown: false, fields },
      },
    )
    expect(form.textContent).toContain('Inherited from site: #1a4d8f')
    expect(form.textContent).not.toContain('Not set')
    expect(form.querySelector('.theme-field__swatch')).not.toBeNull()
    const picker = within(form).getByLabelText('Pick Accent colour') as HTMLInputElement
    expect(picker.value).toBe('#1a4d8f')
  })
})
