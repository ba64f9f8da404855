// The theme settings that apply to one record: the site's and the record's own, read through the
// sync layer's theme queries (the same ones /theme and the side panel's tab use).
import { useMemo } from 'react'
import type { RecordRef, ThemeScope } from '../../adapters/types'
import { useThemeSettingsRead } from '../../sync'
import { themeLook, type ThemeLook } from './theme-style'

const SITE: ThemeScope = { kind: 'site' }

export function usePageTheme(ref: RecordRef | undefined): ThemeLook {
  const recordScope = useMemo<ThemeScope | null>(
    () => (ref ? { kind: 'record', ref } : null),
    [ref],
  )
  const site = useThemeSettingsRead(SITE)
  const page = useThemeSettingsRead(recordScope ?? SITE, { enabled: recordScope !== null })
  const siteValues = site.data?.values
  const pageValues = recordScope ? page.data?.values : undefined
  return useMemo(() => themeLook(siteValues, pageValues), [siteValues, pageValues])
}
