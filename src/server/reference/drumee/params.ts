// Reading one service's parameters (a POST's JSON body and any `x-param-<name>` header, where every
// value is text, so numbers are parsed here), with Drumee's errors for missing or bad values.
import { DrumeeError, isDevice, PAGE_SIZE } from './model'
import type { Device } from './model'

export class Params {
  constructor(private readonly values: Record<string, unknown>) {}

  has(name: string): boolean {
    const value = this.values[name]
    return value !== undefined && value !== null && value !== ''
  }

  raw(name: string): unknown {
    return this.values[name]
  }

  /** A text parameter; numbers are accepted as their text (ids are often sent as numbers). */
  text(name: string): string | undefined {
    const value = this.values[name]
    if (value === undefined || value === null) return undefined
    if (typeof value === 'number' && Number.isFinite(value)) return String(value)
    if (typeof value !== 'string') throw invalid(name, 'must be text')
    return value.trim()
  }

  requiredText(name: string): string {
    const value = this.text(name)
    if (value === undefined || value === '') throw missing(name)
    return value
  }

  /** A whole number ≥ min; `fallback` when absent. */
  integer(name: string, fallback: number, min = 0): number {
    const value = this.values[name]
    if (value === undefined || value === null || value === '') return fallback
    const parsed = typeof value === 'string' ? Number(value) : value
    if (typeof parsed !== 'number' || !Number.isInteger(parsed) || parsed < min) {
      throw invalid(name, `must be a whole number ≥ ${min}`)
    }
    return parsed
  }

  /** The 1-based page and its row offset. */
  page(): { page: number; offset: number; limit: number } {
    const page = this.integer('page', 1, 1)
    return { page, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }
  }

  device(): Device {
    const value = this.text('device')
    if (value === undefined || value === '') return 'desktop'
    if (!isDevice(value)) throw invalid('device', 'must be desktop or mobile')
    return value
  }

  /** A language code (`en`, `fr-CA`); `fallback` when absent. */
  lang(name: string, fallback: string): string {
    const value = this.text(name)
    if (value === undefined || value === '') return fallback
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(value)) {
      throw invalid(name, 'must be a language code such as en or fr')
    }
    return value
  }

  order(): 'ASC' | 'DESC' {
    const value = (this.text('order') ?? 'D').toUpperCase()
    if (value !== 'D' && value !== 'A') throw invalid('order', 'must be D or A')
    return value === 'A' ? 'ASC' : 'DESC'
  }
}

/** A mandatory parameter is missing: a real hub answers 412 "VARIABLE **name** IS MANDATORY". */
export const missing = (name: string): DrumeeError =>
  new DrumeeError(412, 'MISSING_PARAM', `${name} is required.`, `VARIABLE **${name}** IS MANDATORY`)

export const invalid = (name: string, why: string): DrumeeError =>
  new DrumeeError(400, 'INVALID_PARAM', `${name} ${why}.`)
