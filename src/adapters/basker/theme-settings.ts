// Basker theme settings, site-wide (`/theme/settings`) and per record
// (`/{collection}/{id}/theme-settings`): a field model changed with {set, unset} under the same
// draft + ifUpdatedAt guard as blocks. Basker documents the `…/schema` reads and the PATCHes but
// no read of the values (vendor-facts.md): a record's values come from the record's own read
// (`themeSettings`, guarded by the record's updatedAt); the site's cannot be read at all, so the
// form starts empty, says so, and still sets and clears keys.
import { z } from 'zod'
import type { HttpRequest } from '../http'
import { sanitizeValues } from '../sanitize-html'
import type { RecordRef, ThemeScope, ThemeSettings, ThemeSettingsApi } from '../types'
import { parse, toField } from './mappers'
import { fieldSchema } from './schemas'

// The schema envelope is not documented: `{fields}`, `{data: {fields}}` or a bare list.
const themeSchemaSchema = z.union([
  z.looseObject({ fields: z.array(fieldSchema) }).transform((raw) => raw.fields),
  z
    .looseObject({ data: z.looseObject({ fields: z.array(fieldSchema) }) })
    .transform((raw) => raw.data.fields),
  z.array(fieldSchema),
])
const recordThemeSchema = z.looseObject({
  updatedAt: z.string().nullish(),
  themeSettings: z.record(z.string(), z.unknown()).nullish(),
})
// Documented: {versionTarget, set: [keys], unset: [keys], document: {}}.
const patchAnswerSchema = z.looseObject({
  document: recordThemeSchema.nullish(),
})

type Request = (path: string, init: HttpRequest) => Promise<unknown>
type RecordScope = Extract<ThemeScope, { kind: 'record' }>

export interface BaskerThemePaths {
  /** `/{collection}/{id}` of a record. */
  record(ref: RecordRef): string
  /** `locale=…` for the record's language, or '' for the site's default. */
  localeQuery(ref: RecordRef): string
  /**
   * The settings from the record's own read when the editor has just read it (the same answer:
   * no second read of a record that may be megabytes), or null.
   */
  recent?(ref: RecordRef): ThemeSettings | null
}

function toThemeSettings(raw: z.infer<typeof recordThemeSchema>): ThemeSettings {
  return {
    values: raw.themeSettings ?? {},
    version: raw.updatedAt ?? null,
    ...(raw.themeSettings ? {} : { valuesUnknown: true }),
  }
}

/** A record's theme settings from the body of its read; null when they cannot be told. */
export function themeOfRecord(body: unknown): ThemeSettings | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null
  const { updatedAt, themeSettings } = body as Record<string, unknown>
  const raw = recordThemeSchema.safeParse({ updatedAt, themeSettings })
  return raw.success ? toThemeSettings(raw.data) : null
}

/** The site's settings: nothing to read, so a guard of "as of now" and no values. */
function unreadableSite(): ThemeSettings {
  return { values: {}, version: new Date().toISOString(), valuesUnknown: true }
}

export function createBaskerThemeSettings(
  request: Request,
  paths: BaskerThemePaths,
): ThemeSettingsApi {
  const signal = (s: AbortSignal | undefined) => (s ? { signal: s } : {})
  const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path)

  async function loadRecord(scope: RecordScope, s?: AbortSignal): Promise<ThemeSettings> {
    const query = ['draft=true', paths.localeQuery(scope.ref)].filter(Boolean).join('&')
    const raw = parse(
      recordThemeSchema,
      await request(`${paths.record(scope.ref)}?${query}`, signal(s)),
      'record',
    )
    return toThemeSettings(raw)
  }

  return {
    async loadSchema(scope, ctx = {}) {
      const path =
        scope.kind === 'site'
          ? '/theme/settings/schema'
          : `/${encodeURIComponent(scope.ref.collection)}/theme-settings/schema`
      const fields = parse(
        themeSchemaSchema,
        await request(path, signal(ctx.signal)),
        'theme schema',
      )
      return fields.map(toField)
    },

    async load(scope, ctx = {}) {
      if (scope.kind === 'site') return unreadableSite()
      // The record's own read answers the first read of its settings, never a re-read.
      const recent = ctx.fresh ? null : paths.recent?.(scope.ref)
      return recent ?? loadRecord(scope, ctx.signal)
    },

    async save(scope, change, ctx) {
      const set = sanitizeValues(change.set)
      const body = {
        draft: true,
        // The site's updatedAt cannot be read: "as of when the form was opened".
        ifUpdatedAt: ctx.version ?? new Date().toISOString(),
        set,
        unset: change.unset,
      }
      const path =
        scope.kind === 'site'
          ? '/theme/settings'
          : withQuery(`${paths.record(scope.ref)}/theme-settings`, paths.localeQuery(scope.ref))
      const answer = parse(
        patchAnswerSchema,
        await request(path, { method: 'PATCH', body, ...signal(ctx.signal) }),
        'theme settings answer',
      )
      const document = answer.document ?? {}
      if (scope.kind === 'site') {
        const values = { ...set }
        return {
          values,
          version: document.updatedAt ?? new Date().toISOString(),
          valuesUnknown: true,
        }
      }
      if (document.themeSettings && document.updatedAt) {
        return { values: document.themeSettings, version: document.updatedAt }
      }
      // The documented answer carries no values: read the record again.
      return loadRecord(scope, ctx.signal)
    },
  }
}
