// What the form needs to explain a setting that is not set: whether this scope's values can be
// read at all, and for a page, the site's settings it inherits. The same queries as the form and
// the canvas (cached, so nothing is read twice).
import { useMemo } from 'react'
import type { ThemeScope } from '../../adapters/types'
import { useThemeSchemaRead, useThemeSettingsRead } from '../../sync'
import type { SiteInheritance } from './setting-note'

const SITE: ThemeScope = { kind: 'site' }

export interface SettingContext {
  valuesUnknown: boolean
  site: SiteInheritance | null
}

export function useSettingContext(scope: ThemeScope): SettingContext {
  // The reads are off where the backend has no theme settings.
  const forPage = scope.kind === 'record'
  const own = useThemeSettingsRead(scope)
  const site = useThemeSettingsRead(SITE, { enabled: forPage })
  const siteSchema = useThemeSchemaRead(SITE, { enabled: forPage })
  const valuesUnknown = own.data?.valuesUnknown === true
  const siteData = forPage ? site.data : undefined
  const siteFields = forPage ? siteSchema.data : undefined
  return useMemo(
    () => ({
      valuesUnknown,
      site:
        siteData && siteFields
          ? {
              values: siteData.values,
              valuesUnknown: siteData.valuesUnknown === true,
              fields: siteFields,
            }
          : null,
    }),
    [valuesUnknown, siteData, siteFields],
  )
}
