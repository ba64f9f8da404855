// Which device and locale of a record the editor shows: named in the URL's query
// (`?device=mobile&locale=fr`), else the backend's first of each; none when it declares none.

/** The value to use: `wanted` when the backend offers it, else its first; undefined if none. */
export function pickVariant(wanted: string | null, offered: readonly string[]): string | undefined {
  if (offered.length === 0) return undefined
  return wanted !== null && offered.includes(wanted) ? wanted : offered[0]
}

/** The query string that shows `key=value`, keeping the other parameters. */
export function variantSearch(current: URLSearchParams, key: string, value: string): string {
  const next = new URLSearchParams(current)
  next.set(key, value)
  return `?${next.toString()}`
}

const LOCALE_NAMES: Record<string, string> = { en: 'English', fr: 'Français' }
const DEVICE_NAMES: Record<string, string> = { desktop: 'Desktop', mobile: 'Mobile' }

export const localeName = (code: string): string => LOCALE_NAMES[code] ?? code
export const deviceName = (code: string): string => DEVICE_NAMES[code] ?? code
