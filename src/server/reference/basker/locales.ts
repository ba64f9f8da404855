// The site's languages. Basker's block and record-theme PATCHes (and reads) take a `locale` query
// parameter, "the language to edit; defaults to the site's default language" (vendor-facts.md).
// The reference site has two; a locale with no blocks of its own yet shows the default
// language's (a fallback, as localized CMS fields do), and its first write gives it its own.
import type { Context } from 'hono'
import { jsonError } from '../../http/errors'
import type { BaskerEnv } from './env'

export const SITE_LOCALES: readonly string[] = ['en', 'fr']
export const DEFAULT_LOCALE = 'en'

/** The locale the request names (the default when none), or the 400 answer for an unknown one. */
export const localeOf = (c: Context<BaskerEnv>): string | Response => {
  const raw = c.req.query('locale')
  if (raw === undefined || raw === '') return DEFAULT_LOCALE
  if (SITE_LOCALES.includes(raw)) return raw
  return jsonError(
    c,
    400,
    `locale "${raw}" is not a language of this site; its languages: ${SITE_LOCALES.join(', ')}.`,
  )
}
