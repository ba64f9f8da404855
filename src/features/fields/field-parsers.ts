// How each text-like input turns what was typed into a field value, and back. A parse failure is
// a message for the user; the value is then not sent anywhere.
export type Parsed = { ok: true; value: unknown } | { ok: false; error: string }

export interface RawCodec {
  format(value: unknown): string
  parse(raw: string): Parsed
}

const ok = (value: unknown): Parsed => ({ ok: true, value })

export const textCodec: RawCodec = {
  format: (value) => (typeof value === 'string' ? value : value == null ? '' : String(value)),
  parse: (raw) => ok(raw),
}

export const numberCodec: RawCodec = {
  format: (value) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : ''),
  parse(raw) {
    const trimmed = raw.trim()
    if (trimmed === '') return ok(null)
    const n = Number(trimmed.replace(/\s/g, ''))
    return Number.isFinite(n) ? ok(n) : { ok: false, error: 'Enter a number, such as 12 or 3.5.' }
  },
}

/** Date inputs speak yyyy-mm-dd; a stored date-time keeps its time part when the day changes. */
export function dateCodec(current: unknown): RawCodec {
  const time = typeof current === 'string' && current.length > 10 ? current.slice(10) : ''
  return {
    format: (value) => (typeof value === 'string' ? value.slice(0, 10) : ''),
    parse: (raw) => (raw === '' ? ok(null) : ok(`${raw}${time}`)),
  }
}

/** A select's empty choice means "no value". */
export const selectCodec: RawCodec = {
  format: (value) => (typeof value === 'string' ? value : ''),
  parse: (raw) => ok(raw === '' ? null : raw),
}

export const jsonObjectCodec: RawCodec = {
  format: (value) => JSON.stringify(value ?? {}, null, 2),
  parse(raw) {
    if (raw.trim() === '') return ok({})
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'it cannot be read'
      return { ok: false, error: `Not valid JSON: ${reason}` }
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return { ok: false, error: 'Enter a JSON object, such as {"key": "value"}.' }
    }
    return ok(parsed)
  },
}
