// Reading and checking request bodies: each check names the offending parameter.
import type { Context } from 'hono'

export type Checked<T> = { ok: true; value: T } | { ok: false; status: 400 | 422; message: string }

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const readBody = async (c: Context): Promise<Checked<Record<string, unknown>>> => {
  const text = await c.req.text()
  if (text.trim() === '') return { ok: true, value: {} }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON.' }
  }
  if (!isObject(parsed)) {
    return { ok: false, status: 400, message: 'The request body must be a JSON object.' }
  }
  return { ok: true, value: parsed }
}

export const invalid = (message: string): { ok: false; status: 422; message: string } => ({
  ok: false,
  status: 422,
  message,
})

export const checkTitle = (value: unknown): Checked<string> =>
  typeof value === 'string' && value.trim() !== ''
    ? { ok: true, value }
    : invalid('title must be a non-empty string.')

export const checkPosition = (value: unknown): Checked<number | null> => {
  if (value === undefined) return { ok: true, value: null }
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? { ok: true, value }
    : invalid('position must be a zero-based integer.')
}

export const checkHidden = (value: unknown, fallback: boolean): Checked<boolean> => {
  if (value === undefined) return { ok: true, value: fallback }
  return typeof value === 'boolean' ? { ok: true, value } : invalid('hidden must be true or false.')
}

/** A positive integer id from a path or query, or null. */
export const numericId = (raw: string | undefined): number | null =>
  raw !== undefined && /^[1-9][0-9]{0,8}$/.test(raw) ? Number(raw) : null
