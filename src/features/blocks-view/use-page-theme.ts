// The theme settings that apply to one record: the site's and the record's own, read through the
// sync layer's theme queries (the same ones /theme and the side panel's tab use).
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { RecordRef, ThemeScope } from '../../adapters/types'
import { themeSettingsQuery, useAdapter } from '../../sync'
import { themeLook, type ThemeLook } from './theme-style'

const SITE: ThemeScope = { kind: 'site' }

export function usePageTheme(ref: RecordRef | undefined): ThemeLook {
  const adapter = useAdapter()
  const supported = Boolean(adapter.themeSettings) && adapter.capabilities.themeSettings
  const recordScope = useMemo<ThemeScope | null>(
    () => (ref ? { kind: 'record', ref } : null),
    [ref],
  )
  const site = useQuery({ ...themeSettingsQuery(adapter, SITE), enabled: supported })
  const page = useQuery({
    ...themeSettingsQuery(adapter, recordScope ?? SITE),
    enabled: supported && recordScope !== null,
  })
  const siteValues = site.data?.values
  const pageValues = recordScope ? page.data?.values : undefined
  return useMemo(() => themeLook(siteValues, pageValues), [siteValues, pageValues])
}
