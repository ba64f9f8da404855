// Opens a theme-settings form: loads the scope's schema and values, creates the form's draft store
// once (later refetches must not replace the user's edits) and saves it on demand.
import { useCallback, useState } from 'react'
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import type { BackendAdapter, ThemeScope } from '../adapters/types'
import { useAdapter } from './adapter-context'
import { createThemeDraftStore, saveThemeDraft } from './theme-draft-store'
import type { ThemeDraftStore, ThemeSaveResult } from './theme-draft-store'

function scopeKey(scope: ThemeScope): string[] {
  return scope.kind === 'site' ? ['site'] : [scope.ref.collection, scope.ref.id]
}

export const themeKeys = {
  schema: (adapter: BackendAdapter, scope: ThemeScope) =>
    [
      'backend',
      adapter.id,
      'theme-schema',
      scope.kind === 'site' ? 'site' : scope.ref.collection,
    ] as const,
  settings: (adapter: BackendAdapter, scope: ThemeScope) =>
    ['backend', adapter.id, 'theme-settings', ...scopeKey(scope)] as const,
}

function requireApi(adapter: BackendAdapter) {
  const api = adapter.themeSettings
  if (!api) throw new Error(`The ${adapter.id} backend has no theme settings.`)
  return api
}

export function themeSchemaQuery(adapter: BackendAdapter, scope: ThemeScope) {
  return queryOptions({
    queryKey: themeKeys.schema(adapter, scope),
    queryFn: ({ signal }) => requireApi(adapter).loadSchema(scope, { signal }),
    staleTime: 5 * 60_000,
  })
}

export function themeSettingsQuery(adapter: BackendAdapter, scope: ThemeScope) {
  return queryOptions({
    queryKey: themeKeys.settings(adapter, scope),
    queryFn: ({ signal }) => requireApi(adapter).load(scope, { signal }),
    // The form's store owns the values once open; a 409 is what brings newer ones in.
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  })
}

export interface ThemeSettingsEditor {
  state: 'unsupported' | 'loading' | 'error' | 'ready'
  error?: string
  store?: ThemeDraftStore
  save(): Promise<ThemeSaveResult>
  retry(): void
}

export function useThemeSettings(scope: ThemeScope): ThemeSettingsEditor {
  const adapter = useAdapter()
  const queryClient = useQueryClient()
  const supported = Boolean(adapter.themeSettings) && adapter.capabilities.themeSettings
  const schema = useQuery({ ...themeSchemaQuery(adapter, scope), enabled: supported })
  const settings = useQuery({ ...themeSettingsQuery(adapter, scope), enabled: supported })
  const key = JSON.stringify(themeKeys.settings(adapter, scope))

  const [entry, setEntry] = useState<{ key: string; store: ThemeDraftStore } | null>(null)
  let store = entry?.key === key ? entry.store : undefined
  if (!store && schema.data && settings.data) {
    store = createThemeDraftStore(schema.data, settings.data)
    setEntry({ key, store })
  }

  const save = useCallback(async (): Promise<ThemeSaveResult> => {
    const api = adapter.themeSettings
    if (!store || !api) return 'nothing'
    const result = await saveThemeDraft(store, api, scope)
    const { base, version } = store.getState()
    queryClient.setQueryData(themeKeys.settings(adapter, scope), { values: base, version })
    return result
  }, [adapter, queryClient, scope, store])

  const { refetch: refetchSchema } = schema
  const { refetch: refetchSettings } = settings
  const retry = useCallback(() => {
    void refetchSchema()
    void refetchSettings()
  }, [refetchSchema, refetchSettings])

  if (!supported) return { state: 'unsupported', save, retry }
  if (store) return { state: 'ready', store, save, retry }
  const failed = schema.error ?? settings.error
  if (failed) return { state: 'error', error: failed.message, save, retry }
  return { state: 'loading', save, retry }
}
