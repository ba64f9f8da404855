// Reading every page of a hub's paged service: a hub answers 45 rows a page and a shorter page is
// the last. A hub that keeps answering full pages (or the same page again) is stopped with a clear
// error instead of being asked forever.
import { AdapterError } from '../types'

/** Rows per page of a hub's list services (vendor-facts.md). */
export const HUB_PAGE_SIZE = 45
/** 45 × 400 = 18,000 rows: more than any hub's pages or versions of one page. */
export const MAX_PAGES = 400

export async function readAllPages<Row>(
  what: string,
  page: (n: number) => Promise<Row[]>,
): Promise<Row[]> {
  const rows: Row[] = []
  let previous = ''
  for (let n = 1; n <= MAX_PAGES; n += 1) {
    const batch = await page(n)
    const seen = JSON.stringify(batch)
    if (n > 1 && seen === previous) {
      throw new AdapterError('malformed', `The hub sent page ${n} of the ${what} twice.`)
    }
    previous = seen
    rows.push(...batch)
    if (batch.length < HUB_PAGE_SIZE) return rows
  }
  throw new AdapterError(
    'malformed',
    `The hub's ${what} did not end after ${MAX_PAGES} pages of ${HUB_PAGE_SIZE}.`,
  )
}
