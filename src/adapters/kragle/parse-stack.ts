// Kragle's stack answers, read tolerantly (vendor-facts.md gives the shapes; where a shape is not
// settled every plausible one is accepted): a stack as an object, a one-element array or inside
// `{data}`; blocks read back as objects `{id, type, conversion, state, …}` (or, tolerated, as the
// written `[type, conversion, {…}]` without an id); the list under `stacks`; the PUT answer with
// its `instances`. Unknown keys of a block are kept as read; what is not understood fails as
// 'malformed' naming where.
import { AdapterError } from '../types'

export interface ReadBlock {
  /** The instance id Kragle gave the block; null when it sent none. */
  instanceId: string | null
  type: string
  conversion: unknown
  /** `state` and every other key of the block as read (never id, type or conversion). */
  options: Record<string, unknown>
}

export interface ReadStack {
  id: string
  name: string
  blocks: ReadBlock[]
  /**
   * True when a block came as `{id, type}` only: how Kragle answers a caller that is not signed
   * in (vendor-facts.md). Such a read must never become the base of an edit: it lacks the state.
   */
  signedOut: boolean
}

export interface StackListPage {
  stacks: ReadStack[]
  count: number | null
  pagesize: number | null
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const malformed = (what: string, problem: string): never => {
  throw new AdapterError('malformed', `Kragle sent an unexpected ${what}: ${problem}`)
}

/** An object, a one-element array of one, or either inside `{data}`. */
export const unwrapOne = (value: unknown, what: string): Json => {
  let current = value
  for (let depth = 0; depth < 2; depth += 1) {
    if (Array.isArray(current) && current.length === 1) current = current[0]
    if (isObject(current) && Object.keys(current).length === 1 && 'data' in current) {
      current = current.data
      continue
    }
    break
  }
  if (Array.isArray(current) && current.length === 1) current = current[0]
  if (isObject(current)) return current
  return malformed(what, Array.isArray(current) ? `a list of ${current.length}` : typeof current)
}

const idOf = (value: unknown): string | null => {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value)
  if (typeof value === 'string' && /^[1-9][0-9]{0,15}$/.test(value)) return value
  return null
}

const RESERVED = new Set(['id', 'type', 'conversion'])

const readBlock = (value: unknown, where: string): ReadBlock => {
  if (Array.isArray(value)) {
    const [type, conversion = null, options = {}] = value as unknown[]
    if (value.length > 3 || typeof type !== 'string' || type === '' || !isObject(options)) {
      return malformed('stack', `${where} is not [type, conversion, {…}]`)
    }
    return { instanceId: null, type, conversion, options: structuredClone(options) }
  }
  if (!isObject(value)) return malformed('stack', `${where} is neither an object nor an array`)
  const type = value.type
  if (typeof type !== 'string' || type === '') {
    return malformed('stack', `${where} has no block type name (type)`)
  }
  if (value.id !== undefined && idOf(value.id) === null) {
    return malformed('stack', `${where}.id is not an instance id`)
  }
  const options = Object.fromEntries(Object.entries(value).filter(([key]) => !RESERVED.has(key)))
  return {
    instanceId: idOf(value.id),
    type,
    conversion: value.conversion ?? null,
    options: structuredClone(options),
  }
}

export const readStack = (value: unknown, what = 'stack'): ReadStack => {
  const stack = unwrapOne(value, what)
  const id = idOf(stack.id)
  if (id === null) return malformed(what, 'it has no id')
  if (typeof stack.name !== 'string') return malformed(what, 'it has no name')
  const blocks = stack.blocks ?? []
  if (!Array.isArray(blocks)) return malformed(what, 'blocks is not a list')
  const read = blocks.map((block, i) => readBlock(block, `blocks[${i}]`))
  const signedOut = blocks.some(
    (block) => isObject(block) && Object.keys(block).sort().join() === 'id,type',
  )
  const seen = new Set<string>()
  for (const [i, block] of read.entries()) {
    if (block.instanceId === null) continue
    if (seen.has(block.instanceId)) {
      return malformed(what, `blocks[${i}] repeats the instance id ${block.instanceId}`)
    }
    seen.add(block.instanceId)
  }
  return { id, name: stack.name, blocks: read, signedOut }
}

const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null

/** One page of `GET /blockstacks`: `{count, pagesize, page, stacks}` (or a bare list). */
export const readStackList = (value: unknown): StackListPage => {
  const what = 'stack list'
  let body: unknown = value
  if (isObject(body) && Object.keys(body).length === 1 && 'data' in body) body = body.data
  if (Array.isArray(body)) {
    return {
      stacks: body.map((s, i) => readStack(s, `${what} (stacks[${i}])`)),
      count: null,
      pagesize: null,
    }
  }
  if (!isObject(body)) return malformed(what, typeof body)
  if (!Array.isArray(body.stacks)) return malformed(what, 'it has no stacks list')
  return {
    stacks: body.stacks.map((s, i) => readStack(s, `${what} (stacks[${i}])`)),
    count: count(body.count),
    pagesize: count(body.pagesize) || null,
  }
}

/** The instance ids a `PUT /blockstacks/<id>` answer names, in order; null when it names none. */
export const readWriteAnswer = (value: unknown): string[] | null => {
  if (value === undefined || value === null || value === '') return null
  const answer = unwrapOne(value, 'answer to the stack write')
  if (!Array.isArray(answer.instances)) return null
  const ids = answer.instances.map((entry) => idOf(isObject(entry) ? entry.id : entry))
  return ids.every((id): id is string => id !== null) ? ids : null
}
