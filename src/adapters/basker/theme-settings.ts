// Basker theme settings, site-wide (`/theme/settings`) and per record
// (`/{collection}/{id}/theme-settings`): a field model changed with {set, unset} under the same
// draft + ifUpdatedAt guard as blocks.
import { z } from 'zod'
import type { HttpRequest } from '../http'
import { sanitizeValues } from '../sanitize-html'
import { AdapterError } from '../types'
import type { ThemeScope, ThemeSettings, ThemeSettingsApi } from '../types'
import { toField } from './mappers'
import { fieldSchema } from './schemas'

const settingsSchema = z.object({
  values: z.record(z.string(), z.unknown()),
  updatedAt: z.string().nullish(),
})
const themeSchemaSchema = z.object({ fields: z.array(fieldSchema) })

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw new AdapterError(
    'malformed',
    `Unexpected ${what} from Basker: ${z.prettifyError(result.error)}`,
  )
}

function toSettings(body: unknown): ThemeSettings {
  const raw = parse(settingsSchema, body, 'theme settings')
  return { values: raw.values, version: raw.updatedAt ?? null }
}

type Request = (path: string, init: HttpRequest) => Promise<unknown>

export function createBaskerThemeSettings(
  request: Request,
  recordPath: (scope: Extract<ThemeScope, { kind: 'record' }>) => string,
): ThemeSettingsApi {
  const base = (scope: ThemeScope) =>
    scope.kind === 'site' ? '/theme/settings' : `${recordPath(scope)}/theme-settings`
  const signal = (s: AbortSignal | undefined) => (s ? { signal: s } : {})
  return {
    async loadSchema(scope, ctx = {}) {
      const path =
        scope.kind === 'site'
          ? '/theme/settings/schema'
          : `/${encodeURIComponent(scope.ref.collection)}/theme-settings/schema`
      const raw = parse(themeSchemaSchema, await request(path, signal(ctx.signal)), 'theme schema')
      return raw.fields.map(toField)
    },
    async load(scope, ctx = {}) {
      return toSettings(await request(base(scope), signal(ctx.signal)))
    },
    async save(scope, change, ctx) {
      const set = sanitizeValues(change.set)
      const body = { draft: true, ifUpdatedAt: ctx.version, set, unset: change.unset }
      return toSettings(
        await request(base(scope), { method: 'PATCH', body, ...signal(ctx.signal) }),
      )
    },
  }
}
