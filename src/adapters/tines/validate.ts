import { answerParser } from '../shared/parse-answer'
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

/** Checks one of Tines's answers ('malformed' naming what was wrong). */
export const parse = answerParser('Tines')
