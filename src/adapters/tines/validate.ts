import type { z } from 'zod'
import { AdapterError } from '../types'

/**
 * The most pages one listing reads (500 items a page). A backend whose `meta.pages` never ends
 * (broken or hostile) would otherwise keep the editor reading forever.
 */
export const MAX_LIST_PAGES = 200

/** Throws 'malformed' once a listing has read `page` pages and the backend still says more. */
export function checkPageLimit(page: number, what: string): void {
  if (page >= MAX_LIST_PAGES) {
    throw new AdapterError(
      'malformed',
      `Tines keeps paging the ${what} past ${MAX_LIST_PAGES} pages; giving up.`,
    )
  }
}

/** Parses a Tines response, or fails with 'malformed' naming what was wrong. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
  throw new AdapterError(
    'malformed',
    `Tines sent an unexpected ${what}${where}: ${issue?.message ?? 'invalid'}`,
  )
}
