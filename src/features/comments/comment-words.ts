// How comments and approvals are put in words: dates, versions, counts.

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** A stored ISO time as the reader's local date and time; anything else as it is. */
export function when(iso: string): string {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? iso : DATE.format(time)
}

/** A version token: most backends' are times of the save, shown as dates; others as they are. */
export function versionWords(version: string | null): string {
  if (version === null) return 'the draft'
  const time = Date.parse(version)
  return Number.isNaN(time) ? `version ${version}` : `the version saved ${DATE.format(time)}`
}

/** The badge's accessible name: open threads, or how many were resolved when none is open. */
export function badgeName(open: number, resolved: number): string {
  return open > 0 || resolved === 0 ? `Comments (${open})` : `Comments (${resolved} resolved)`
}

export const threadCount = (n: number): string => `${n} ${n === 1 ? 'thread' : 'threads'}`
