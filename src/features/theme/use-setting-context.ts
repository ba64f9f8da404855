// What the form needs to explain a setting that is not set: whether this scope's values can be
// read at all, and for a page, the site's settings it inherits. The same queries as the form and
// the canvas (cached, so nothing is read twice).
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { ThemeScope } from '../../adapters/types'
import { themeSchemaQuery, themeSettingsQuery, useAdapter } from '../../sync'
import type { SiteInheritance } from './setting-note'

const SITE: ThemeScope = { kind: 'site' }

export interface SettingContext {
  valuesUnknown: boolean
  site: SiteInheritance | null
}

export function useSettingContext(scope: ThemeScope): SettingContext {
  const adapter = useAdapter()
  const enabled = Boolean(adapter.themeSettings) && adapter.capabilities.themeSettings
  const forPage = enabled && scope.kind === 'record'
  const own = useQuery({ ...themeSettingsQuery(adapter, scope), enabled })
  const site = useQuery({ ...themeSettingsQuery(adapter, SITE), enabled: forPage })
  const siteSchema = useQuery({ ...themeSchemaQuery(adapter, SITE), enabled: forPage })
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
