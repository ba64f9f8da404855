// Theme settings read by screens that only show them (the canvas's look, the notes beside a
// setting): the same cached queries the theme form edits through (use-theme-settings.ts), so
// nothing is read twice and a save shows everywhere. Off where the backend has no theme settings.
import { useQuery } from '@tanstack/react-query'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ThemeScope, ThemeSettings } from '../adapters/types'
import type { FieldSchema } from '../core'
import { useAdapter } from './adapter-context'
import { themeSchemaQuery, themeSettingsQuery } from './use-theme-settings'

function useThemeSupported(): boolean {
  const adapter = useAdapter()
  return adapter.themeSettings !== undefined && adapter.capabilities.themeSettings
}

/** A scope's theme values (and whether they can be read at all: valuesUnknown). */
export function useThemeSettingsRead(
  scope: ThemeScope,
  options: { enabled?: boolean } = {},
): UseQueryResult<ThemeSettings, Error> {
  const adapter = useAdapter()
  const supported = useThemeSupported()
  return useQuery({
    ...themeSettingsQuery(adapter, scope),
    enabled: supported && (options.enabled ?? true),
  })
}

/** The fields of a scope's theme settings. */
export function useThemeSchemaRead(
  scope: ThemeScope,
  options: { enabled?: boolean } = {},
): UseQueryResult<FieldSchema[], Error> {
  const adapter = useAdapter()
  const supported = useThemeSupported()
  return useQuery({
    ...themeSchemaQuery(adapter, scope),
    enabled: supported && (options.enabled ?? true),
  })
}
