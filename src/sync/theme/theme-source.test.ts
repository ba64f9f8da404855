// Theme settings through the one engine: runFlush on a one-block document sends {set, unset},
// answers a 409 by re-reading and rebasing like blocks, and holds a refused change.
import { describe, expect, it } from 'vitest'
import { AdapterError } from '../../adapters/types'
import type {
  ThemeScope,
  ThemeSettings,
  ThemeSettingsApi,
  ThemeSettingsChange,
} from '../../adapters/types'
import type { FieldSchema } from '../../core'
import { createEditorStore } from '../../store'
import { runFlush } from '../run-flush'
import { themeRef, themeSource } from './theme-source'
import { THEME_BLOCK_ID, themeBlocks, themeSchema, themeValues } from './theme-values'

const fields: FieldSchema[] = [
  { key: 'primaryColor', type: 'text', label: 'Primary colour' },
  { key: 'fontFamily', type: 'text', label: 'Font family' },
]
const scope: ThemeScope = { kind: 'site' }

function fakeThemeApi(values: Record<string, unknown>) {
  const state = { values: { ...values }, version: 1 }
  const saves: { change: ThemeSettingsChange; version: string | null }[] = []
  const failures: AdapterError[] = []
  const api: ThemeSettingsApi = {
    loadSchema: () => Promise.resolve(fields),
    load: () => Promise.resolve({ values: { ...state.values }, version: `t${state.version}` }),
    save(_scope, change, ctx): Promise<ThemeSettings> {
      saves.push({ change, version: ctx.version })
      const failure = failures.shift()
      if (failure) return Promise.reject(failure)
      if (ctx.version !== `t${state.version}`) {
        return Promise.reject(new AdapterError('conflict', 'changed', { status: 409 }))
      }
      for (const [key, value] of Object.entries(change.set)) state.values[key] = value
      for (const key of change.unset) delete state.values[key]
      state.version += 1
      return Promise.resolve({ values: { ...state.values }, version: `t${state.version}` })
    },
  }
  const theirs = (set: Record<string, unknown>) => {
    Object.assign(state.values, set)
    state.version += 1
  }
  return { api, state, saves, failures, theirs }
}

function setup(values: Record<string, unknown>) {
  const backend = fakeThemeApi(values)
  const ref = themeRef(scope)
  const store = createEditorStore({
    ref,
    schema: themeSchema(fields),
    document: { ref, title: 'Theme', blocks: themeBlocks(values), version: 't1' },
  })
  const edit = (value: Record<string, unknown>) =>
    store.getState().dispatch([{ op: 'update', blockId: THEME_BLOCK_ID, value }], 'Edit')
  return { ...backend, store, edit, source: themeSource(backend.api, scope, fields) }
}

describe('theme settings on the synced-document engine', () => {
  it('sends what changed as set and unset, guarded by the version read', async () => {
    const { store, edit, source, saves, state } = setup({ primaryColor: '#111', fontFamily: 'x' })
    edit({ primaryColor: '#222' })
    edit({ fontFamily: null })
    expect(await runFlush(source, store)).toEqual({ kind: 'saved' })
    expect(saves).toEqual([
      { change: { set: { primaryColor: '#222' }, unset: ['fontFamily'] }, version: 't1' },
    ])
    expect(state.values).toEqual({ primaryColor: '#222' })
    expect(store.getState()).toMatchObject({ status: 'saved', version: 't2' })
    expect(themeValues(store.getState().view)).toEqual({ primaryColor: '#222' })
  })

  it('on 409 re-reads, resends what replays and makes the key both changed a conflict', async () => {
    const { store, edit, source, saves, theirs, state } = setup({ primaryColor: '#111' })
    theirs({ primaryColor: '#000' })
    edit({ primaryColor: '#f00', fontFamily: 'system' })
    expect(await runFlush(source, store)).toEqual({ kind: 'saved' })
    expect(saves.map((s) => s.change)).toEqual([
      { set: { primaryColor: '#f00', fontFamily: 'system' }, unset: [] },
      { set: { fontFamily: 'system' }, unset: [] },
    ])
    expect(saves[1]?.version).toBe('t2')
    expect(state.values).toEqual({ primaryColor: '#000', fontFamily: 'system' })
    const [conflict] = store.getState().conflicts
    expect(conflict).toMatchObject({ fields: ['primaryColor'], theirs: { primaryColor: '#000' } })
    expect(store.getState().status).toBe('conflict')
    store.getState().resolveConflict(conflict?.id ?? '', 'mine')
    expect(await runFlush(source, store)).toEqual({ kind: 'saved' })
    expect(state.values.primaryColor).toBe('#f00')
  })

  it('holds a setting the backend refuses, with its message, and saves the next edit of it', async () => {
    const { store, edit, source, failures, state } = setup({ primaryColor: '#111' })
    failures.push(new AdapterError('validation', 'Not a colour', { status: 422 }))
    edit({ primaryColor: 'nope' })
    expect(await runFlush(source, store)).toEqual({ kind: 'rejected', pinned: true })
    expect(store.getState()).toMatchObject({ status: 'rejected', statusMessage: 'Not a colour' })
    expect(themeValues(store.getState().view)).toEqual({ primaryColor: 'nope' })
    edit({ primaryColor: '#123456' })
    expect(await runFlush(source, store)).toEqual({ kind: 'saved' })
    expect(state.values.primaryColor).toBe('#123456')
    expect(store.getState().status).toBe('saved')
  })
})
