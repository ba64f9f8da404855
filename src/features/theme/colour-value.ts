// Colour settings: which theme fields hold a colour, what counts as one, and the #rrggbb a native
// colour picker needs. Pure, so the form and its tests agree on what is refused.
import type { FieldSchema } from '../../core'

/** Keys and labels that name a colour ("accentColor", "Background colour"). */
const COLOUR_NAME = /colou?r$/i
const COLOUR_LABEL = /\bcolou?r\b/i

export function isColourField(field: FieldSchema): boolean {
  return field.type === 'text' && (COLOUR_NAME.test(field.key) || COLOUR_LABEL.test(field.label))
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

export type ParsedColour = { ok: true; value: string | null } | { ok: false; error: string }

/**
 * What was typed, as a value to save: a hex colour as typed (trimmed), or null when emptied (the
 * setting is cleared). Anything else is refused with a message saying what to type.
 */
export function parseColour(raw: string, label: string): ParsedColour {
  const text = raw.trim()
  if (text === '') return { ok: true, value: null }
  if (HEX.test(text)) return { ok: true, value: text }
  return {
    ok: false,
    error: `${label} must be a colour such as #1a4d8f (# and 6 or 3 hex digits).`,
  }
}

/** The value as the picker's #rrggbb (lower case), or null when it is no hex colour. */
export function pickerValue(value: unknown): string | null {
  if (typeof value !== 'string' || !HEX.test(value.trim())) return null
  const hex = value.trim().slice(1).toLowerCase()
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex
  return `#${full}`
}
