// A stored content tree ("letc"): a JSON object whose `kids` are its nodes, each node possibly
// with `kids` of its own. Drumee injects meta fields into every stored file; the search index is
// the text found anywhere in the tree.
import { DrumeeError } from './model'

export const META_KEYS = ['id', 'hashtag', 'device', 'lang', 'serial'] as const

export interface LetcMeta {
  id: number
  hashtag: string
  device: string
  lang: string
  serial: number
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** How deep and how large a stored tree may be: a 1,200-deep tree froze an editor tab. */
export interface LetcLimits {
  depth: number
  bytes: number
}

export const DEFAULT_MAX_DEPTH = 64

/** The deepest nesting of objects and arrays in a value, walked without recursion; stops past `max`. */
const depthOf = (value: unknown, max: number): number => {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number]
    if (typeof item !== 'object' || item === null) continue
    deepest = Math.max(deepest, depth)
    if (deepest > max) return deepest
    for (const child of Object.values(item)) stack.push([child, depth + 1])
  }
  return deepest
}

/**
 * Checks a letc parameter: a JSON object whose `kids`, when present, is an array, no deeper than
 * `limits.depth` and no larger than `limits.bytes` once written: 400 with what is wrong otherwise.
 */
export const checkLetc = (value: unknown, limits: LetcLimits): Record<string, unknown> => {
  if (!isObject(value)) {
    throw new DrumeeError(400, 'INVALID_PARAM', 'letc must be a JSON object (the content tree).')
  }
  if (value.kids !== undefined && !Array.isArray(value.kids)) {
    throw new DrumeeError(400, 'INVALID_PARAM', 'letc.kids must be an array of nodes.')
  }
  if (depthOf(value, limits.depth) > limits.depth) {
    throw new DrumeeError(
      400,
      'LETC_TOO_DEEP',
      `letc is nested more than ${limits.depth} levels deep; the hub stores no such tree.`,
    )
  }
  const bytes = Buffer.byteLength(JSON.stringify(value))
  if (bytes > limits.bytes) {
    throw new DrumeeError(
      400,
      'LETC_TOO_LARGE',
      `letc is ${bytes} bytes; the hub stores trees of at most ${limits.bytes} bytes.`,
    )
  }
  return value
}

/**
 * The tree as stored: the caller's content with the meta fields set by the hub, at the top level
 * and under `meta`, as a real hub writes its files.
 */
export const withMeta = (letc: Record<string, unknown>, meta: LetcMeta): string => {
  const content: Record<string, unknown> = { ...letc }
  for (const key of META_KEYS) delete content[key]
  delete content.meta
  return JSON.stringify({ ...content, meta: { ...meta }, ...meta })
}

/** Rewrites the meta fields of a stored file (a rename changes the hashtag of every file). */
export const restamp = (stored: string, meta: LetcMeta): string =>
  withMeta(JSON.parse(stored) as Record<string, unknown>, meta)

/** Every string value in the tree except the meta fields, for the full-text index. */
export const textOf = (letc: Record<string, unknown>): string => {
  const words: string[] = []
  const walk = (value: unknown, key: string | null, top: boolean): void => {
    if (typeof value === 'string') {
      if (top && (META_KEYS as readonly string[]).includes(key ?? '')) return
      if (key === 'id' || key === 'kind') return
      words.push(value.replace(/<[^>]*>/g, ' '))
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, null, false)
    } else if (isObject(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, k, top)
    }
  }
  walk(letc, null, true)
  return words.join(' ').replace(/\s+/g, ' ').trim()
}
