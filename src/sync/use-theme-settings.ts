// Opens a scope's theme settings on the synced-document engine (use-synced-document.ts), the
// same one a record's blocks use: the settings are a one-block document (theme/theme-values.ts),
// so they autosave, back off and wait while offline, survive a reload in the outbox and rebase on
// a 409 exactly like blocks.
import { sharedWritePacer } from './pacing'
import { useCallback, useMemo } from 'react'
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  BackendAdapter,
  BlockDocument,
  RecordRef,
  ThemeScope,
  ThemeSettings,
} from '../adapters/types'
import type { FieldSchema } from '../core'
import type { EditorStoreApi } from '../store'
import { useAdapter } from './adapter-context'
import type { FlushNowResult } from './flush-scheduler'
import { outboxRecordKey } from './outbox/record-key'
import { scopeOfThemeRef, themeRef, themeSource } from './theme/theme-source'
import { settingsOf, themeBlocks, themeSchema } from './theme/theme-values'
import { flushScopeId, useSyncedDocument } from './use-synced-document'
import type { SyncedSource } from './synced-source'

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
    // The form's store owns the values once open; a 409 or another tab brings newer ones in.
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  })
}

export interface ThemeSettingsEditor {
  state: 'unsupported' | 'loading' | 'error' | 'ready'
  error?: string
  /** The settings as an editor store holding one block (THEME_BLOCK_ID). */
  store?: EditorStoreApi
  fields: FieldSchema[]
  /** Saves now (Ctrl/Cmd+S) and resolves with what happened; edits also save by themselves. */
  flushNow(): Promise<FlushNowResult>
  retry(): void
}

const NO_FIELDS: FieldSchema[] = []

const notReady: SyncedSource = {
  loadRecord: () => Promise.reject(new Error('The theme settings are not loaded yet.')),
  applyOperations: () => Promise.reject(new Error('The theme settings are not loaded yet.')),
}

export function useThemeSettings(scope: ThemeScope): ThemeSettingsEditor {
  const adapter = useAdapter()
  const queryClient = useQueryClient()
  const api = adapter.themeSettings
  const supported = Boolean(api) && adapter.capabilities.themeSettings
  const schema = useQuery({ ...themeSchemaQuery(adapter, scope), enabled: supported })
  const settings = useQuery({ ...themeSettingsQuery(adapter, scope), enabled: supported })

  const refId = themeRef(scope).id
  const ref = useMemo<RecordRef>(() => ({ collection: '@theme', id: refId }), [refId])
  const fields = schema.data ?? NO_FIELDS
  const source = useMemo(
    () => (api && schema.data ? themeSource(api, scopeOfThemeRef(ref), schema.data) : notReady),
    [api, ref, schema.data],
  )
  const blockSchema = useMemo(() => schema.data && themeSchema(schema.data), [schema.data])
  const document = useMemo<BlockDocument | undefined>(
    () =>
      settings.data && {
        ref,
        title: 'Theme settings',
        blocks: themeBlocks(settings.data.values),
        version: settings.data.version,
      },
    [ref, settings.data],
  )
  const onSaved = useCallback(
    (store: EditorStoreApi) => {
      const { base, version } = store.getState()
      const key = themeKeys.settings(adapter, scopeOfThemeRef(ref))
      // A save does not make unreadable values readable: keep saying so (UnknownValuesNote).
      const unknown = queryClient.getQueryData<ThemeSettings>(key)?.valuesUnknown === true
      queryClient.setQueryData(key, {
        ...settingsOf(base, version),
        ...(unknown ? { valuesUnknown: true } : {}),
      })
    },
    [adapter, queryClient, ref],
  )
  const { store, flushNow } = useSyncedDocument({
    ref,
    recordKey: outboxRecordKey(adapter.id, ref),
    scopeId: flushScopeId(ref),
    source,
    schema: blockSchema,
    document,
    onSaved,
    pacer: sharedWritePacer(adapter.id),
  })

  const { refetch: refetchSchema } = schema
  const { refetch: refetchSettings } = settings
  const retry = useCallback(() => {
    void refetchSchema()
    void refetchSettings()
  }, [refetchSchema, refetchSettings])

  const common = { fields, flushNow, retry }
  if (!supported) return { state: 'unsupported', ...common }
  if (store) return { state: 'ready', store, ...common }
  const failed = schema.error ?? settings.error
  if (failed) return { state: 'error', error: failed.message, ...common }
  return { state: 'loading', ...common }
}
