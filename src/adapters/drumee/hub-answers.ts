// Reading a hub's answers tolerantly (vendor-facts.md): the envelope `{__ack__, data, …}` or a bare
// value; a one-row result as an object or a one-element array; block.content as the stored file
// itself, the file inside `{data}`, or a placeholder page (`{data: <tree saying "Could not find
// …">}`) when there is no content. What cannot be read is a 'malformed' error naming what it was.
import { AdapterError } from '../types'
import { META_KEYS } from './meta-keys'

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A short description of a value for an error message (its type and first keys, no content). */
export const describeValue = (value: unknown): string => {
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (isObject(value)) {
    const keys = Object.keys(value).slice(0, 6)
    return keys.length === 0 ? 'an empty object' : `an object with ${keys.join(', ')}`
  }
  return value === undefined ? 'nothing' : `${typeof value} ${JSON.stringify(value).slice(0, 40)}`
}

export const malformed = (what: string, value: unknown, why = ''): AdapterError =>
  new AdapterError(
    'malformed',
    `The hub sent an unexpected ${what}: ${why === '' ? '' : `${why}; `}got ${describeValue(value)}.`,
  )

/** The payload of an answer: `data` of the envelope, else the answer itself. */
export const payloadOf = (reply: unknown): unknown =>
  isObject(reply) && 'data' in reply ? reply.data : reply

/** The rows of a list answer: an array, one row as an object, or none (`[]`, `{}`, null). */
export function rowsOf(reply: unknown, what: string): Record<string, unknown>[] {
  const data = payloadOf(reply)
  if (data === null || data === undefined) return []
  if (isObject(data)) return Object.keys(data).length === 0 ? [] : [data]
  if (Array.isArray(data) && data.every(isObject)) return data
  throw malformed(what, data, 'expected rows')
}

/** The one row of an answer (an object, or the first of an array). */
export function rowOf(reply: unknown, what: string): Record<string, unknown> {
  const [row] = rowsOf(reply, what)
  if (!row) throw malformed(what, payloadOf(reply), 'expected one row')
  return row
}

/** The meta fields of a stored file, found at its top level or under `meta`. */
export interface FileMeta {
  id: string
  hashtag: string
  device: string
  lang: string
  serial: number
}

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined

const metaOf = (file: Record<string, unknown>): FileMeta | null => {
  const meta = isObject(file.meta) ? file.meta : {}
  const pick = (key: (typeof META_KEYS)[number]) => textOf(file[key]) ?? textOf(meta[key])
  const [id, hashtag, device, lang, serial] = META_KEYS.map(pick)
  if (hashtag === undefined || device === undefined || lang === undefined) return null
  if (serial === undefined || !/^\d+$/.test(serial)) return null
  return { id: id ?? '', hashtag, device, lang, serial: Number(serial) }
}

export type ContentAnswer =
  { kind: 'file'; file: Record<string, unknown>; meta: FileMeta } | { kind: 'placeholder' }

/**
 * What block.content answered: a stored file (it carries the meta a hub writes into every file:
 * hashtag, device, lang, serial), bare or inside `{data}`; or, when the hub found nothing, a
 * placeholder page inside `{data}` (a tree without that meta).
 */
export function contentOf(reply: unknown): ContentAnswer {
  if (!isObject(reply)) throw malformed('content answer', reply, 'expected a content tree')
  const bare = metaOf(reply)
  if (bare) return { kind: 'file', file: reply, meta: bare }
  if ('data' in reply) {
    const data = reply.data
    if (isObject(data)) {
      const wrapped = metaOf(data)
      return wrapped ? { kind: 'file', file: data, meta: wrapped } : { kind: 'placeholder' }
    }
    if (Array.isArray(data)) return { kind: 'placeholder' }
  }
  throw malformed(
    'content answer',
    reply,
    'neither a stored tree (with hashtag, device, lang, serial) nor a placeholder in {data}',
  )
}

/**
 * Whether block.exists found the block. Its answer is not public: `{exists: 0|1}`, the block's
 * row, or no rows are all read.
 */
export function existsOf(reply: unknown): boolean {
  const data = payloadOf(reply)
  if (isObject(data) && 'exists' in data) {
    const flag = data.exists
    if (flag === 1 || flag === '1' || flag === true) return true
    if (flag === 0 || flag === '0' || flag === false || flag === null) return false
    throw malformed('exists answer', data, 'exists is neither 0 nor 1')
  }
  return rowsOf(reply, 'exists answer').length > 0
}
