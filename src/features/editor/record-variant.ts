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

export interface VariantNames {
  device?: string
  locale?: string
}

/**
 * What to say when the backend answered a variant with another one's content (Drumee falls back
 * to the same device in another language, then to the other device): "Showing English content —
 * no Français version yet". Null when the content is the variant's own.
 */
export function fallbackNote(asked: VariantNames, shown: VariantNames): string | null {
  const differs = (key: 'device' | 'locale') =>
    shown[key] !== undefined && asked[key] !== undefined && shown[key] !== asked[key]
  const keys = (['device', 'locale'] as const).filter(differs)
  if (keys.length === 0) return null
  const name = (key: 'device' | 'locale', code: string) =>
    key === 'device' ? `${deviceName(code)} ` : `${localeName(code)} `
  const words = (from: VariantNames) => keys.map((key) => name(key, from[key] ?? '')).join('')
  return `Showing ${words(shown)}content — no ${words(asked)}version yet. Saving creates it.`
}
