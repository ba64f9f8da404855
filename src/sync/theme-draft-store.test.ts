import { describe, expect, it } from 'vitest'
import { AdapterError } from '../adapters/types'
import type { ThemeSettings, ThemeSettingsApi, ThemeSettingsChange } from '../adapters/types'
import type { FieldSchema, FieldValues } from '../core'
import {
  createThemeDraftStore,
  editSetting,
  resolveThemeConflict,
  saveThemeDraft,
  themeStatusText,
} from './theme-draft-store'

const fields: FieldSchema[] = [
  { key: 'primaryColor', type: 'text', label: 'Primary colour' },
  { key: 'accentColor', type: 'text', label: 'Accent colour' },
]

/** A backend with the Basker guard: a write with a stale version answers 409. */
function fakeApi(initial: FieldValues) {
  const server = { values: { ...initial }, version: 1 }
  const writes: { change: ThemeSettingsChange; version: string | null }[] = []
  const current = (): ThemeSettings => ({ values: server.values, version: `v${server.version}` })
  const api: ThemeSettingsApi = {
    loadSchema: () => Promise.resolve(fields),
    load: () => Promise.resolve(current()),
    save(_scope, change, ctx) {
      writes.push({ change, version: ctx.version })
      if (ctx.version !== `v${server.version}`) {
        return Promise.reject(new AdapterError('conflict', 'changed', { status: 409 }))
      }
      const values: FieldValues = { ...server.values, ...change.set }
      for (const key of change.unset) delete values[key]
      server.values = values
      server.version += 1
      return Promise.resolve(current())
    },
  }
  const external = (values: FieldValues) => {
    server.values = { ...server.values, ...values }
    server.version += 1
  }
  return { api, writes, server, external, current }
}

const site = { kind: 'site' } as const

describe('saveThemeDraft', () => {
  it('sends set and unset with the version read, then reports Saved', async () => {
    const backend = fakeApi({ primaryColor: '#111', accentColor: '#aaa' })
    const store = createThemeDraftStore(fields, backend.current())
    editSetting(store, 'primaryColor', '#222')
    editSetting(store, 'accentColor', '')
    expect(themeStatusText(store.getState())).toBe('2 unsaved changes')
    await expect(saveThemeDraft(store, backend.api, site)).resolves.toBe('saved')
    expect(backend.writes).toEqual([
      { change: { set: { primaryColor: '#222' }, unset: ['accentColor'] }, version: 'v1' },
    ])
    expect(themeStatusText(store.getState())).toBe('Saved')
    expect(store.getState().base).toEqual({ primaryColor: '#222' })
  })

  it('refuses a key outside the schema', () => {
    const backend = fakeApi({})
    const store = createThemeDraftStore(fields, backend.current())
    expect(editSetting(store, 'legacyBanner', 'x')).toMatch(/not a theme setting/)
    expect(store.getState().edits).toEqual({})
  })

  it('on 409 re-reads, replays the edit on their values and resends', async () => {
    const backend = fakeApi({ primaryColor: '#111', accentColor: '#aaa' })
    const store = createThemeDraftStore(fields, backend.current())
    backend.external({ accentColor: '#bbb' })
    editSetting(store, 'primaryColor', '#222')
    await expect(saveThemeDraft(store, backend.api, site)).resolves.toBe('saved')
    expect(backend.writes.map((w) => w.version)).toEqual(['v1', 'v2'])
    expect(backend.writes[1]?.change).toEqual({ set: { primaryColor: '#222' }, unset: [] })
    expect(backend.server.values).toEqual({ primaryColor: '#222', accentColor: '#bbb' })
  })

  it('shows a key changed on both sides as a conflict until the user picks a side', async () => {
    const backend = fakeApi({ primaryColor: '#111' })
    const store = createThemeDraftStore(fields, backend.current())
    backend.external({ primaryColor: '#333' })
    editSetting(store, 'primaryColor', '#222')
    await saveThemeDraft(store, backend.api, site)
    expect(backend.writes).toHaveLength(1)
    expect(themeStatusText(store.getState())).toBe('Conflict')
    expect(store.getState().conflicts).toEqual([
      { key: 'primaryColor', mine: { kind: 'set', value: '#222' }, theirs: '#333' },
    ])
    resolveThemeConflict(store, 'primaryColor', 'mine')
    expect(themeStatusText(store.getState())).toBe('1 unsaved change')
    await saveThemeDraft(store, backend.api, site)
    expect(backend.writes[1]).toEqual({
      change: { set: { primaryColor: '#222' }, unset: [] },
      version: 'v2',
    })
  })

  it('keeps the edits and shows the message when the backend refuses them', async () => {
    const backend = fakeApi({})
    backend.api.save = () => Promise.reject(new AdapterError('validation', 'Bad colour'))
    const store = createThemeDraftStore(fields, backend.current())
    editSetting(store, 'primaryColor', 'red')
    await expect(saveThemeDraft(store, backend.api, site)).resolves.toBe('failed')
    expect(themeStatusText(store.getState())).toBe('Error: Bad colour')
    expect(store.getState().edits).toEqual({ primaryColor: { kind: 'set', value: 'red' } })
  })
})
