// Operations arrive as JSON (from the network, from storage), so their shape is checked before
// anything is applied. Parsing returns a normalised copy holding only the known properties.
import { isPlainObject } from './deep-equal'
import { OPERATION_NAMES } from './types'
import type { ApplyFailureReason, NewBlock, Operation, OperationName } from './types'

export type ParsedOperation =
  | { ok: true; op: Operation }
  | { ok: false; reason: ApplyFailureReason; message: string; name: string }

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0

function parseNewBlock(input: unknown, path: string): NewBlock | string {
  if (!isPlainObject(input)) return `${path} is not an object.`
  const { id, type, value, children } = input
  if (id !== undefined && !isId(id)) return `${path} has an id that is not a non-empty string.`
  if (!isId(type)) return `${path} has no type.`
  if (value !== undefined && !isPlainObject(value))
    return `${path} has a value that is not an object.`
  const block: NewBlock = { type }
  if (id !== undefined) block.id = id
  block.value = value === undefined ? {} : value
  if (children !== undefined) {
    if (!Array.isArray(children)) return `${path} has children that are not a list.`
    const parsed: NewBlock[] = []
    for (let i = 0; i < children.length; i += 1) {
      const child = parseNewBlock(children[i], `${path}.children[${i}]`)
      if (typeof child === 'string') return child
      parsed.push(child)
    }
    block.children = parsed
  }
  return block
}

export function parseOperation(input: unknown): ParsedOperation {
  const invalid = (message: string, name = 'operation'): ParsedOperation => ({
    ok: false,
    reason: 'invalid-operation',
    message,
    name,
  })
  if (!isPlainObject(input)) return invalid('it is not an object.')
  const name = input.op
  if (typeof name !== 'string') return invalid('it has no "op" name.')
  if (!(OPERATION_NAMES as readonly string[]).includes(name)) {
    return {
      ok: false,
      reason: 'unknown-operation',
      message: `"${name}" is not an operation.`,
      name,
    }
  }
  const op = name as OperationName
  const need = (key: string): string | undefined =>
    isId(input[key]) ? undefined : `"${key}" must be a non-empty string.`
  const block = (key: string): NewBlock | string => parseNewBlock(input[key], key)
  switch (op) {
    case 'update': {
      const problem = need('blockId')
      if (problem) return invalid(problem, op)
      if (!isPlainObject(input.value)) return invalid('"value" must be an object.', op)
      return { ok: true, op: { op, blockId: input.blockId as string, value: input.value } }
    }
    case 'insertBefore':
    case 'insertAfter': {
      const problem = need('blockId')
      if (problem) return invalid(problem, op)
      const parsed = block('block')
      if (typeof parsed === 'string') return invalid(parsed, op)
      return { ok: true, op: { op, blockId: input.blockId as string, block: parsed } }
    }
    case 'append':
    case 'prepend': {
      const parentId = input.parentId ?? undefined
      if (parentId !== undefined && !isId(parentId)) {
        return invalid('"parentId" must be a non-empty string when given.', op)
      }
      const parsed = block('block')
      if (typeof parsed === 'string') return invalid(parsed, op)
      return {
        ok: true,
        op: parentId === undefined ? { op, block: parsed } : { op, block: parsed, parentId },
      }
    }
    case 'remove': {
      const problem = need('blockId')
      if (problem) return invalid(problem, op)
      return { ok: true, op: { op, blockId: input.blockId as string } }
    }
    case 'moveBefore':
    case 'moveAfter': {
      const problem = need('blockId') ?? need('anchorId')
      if (problem) return invalid(problem, op)
      return {
        ok: true,
        op: { op, blockId: input.blockId as string, anchorId: input.anchorId as string },
      }
    }
    case 'replaceAll': {
      if (!Array.isArray(input.blocks)) return invalid('"blocks" must be a list.', op)
      const blocks: NewBlock[] = []
      for (let i = 0; i < input.blocks.length; i += 1) {
        const parsed = parseNewBlock(input.blocks[i], `blocks[${i}]`)
        if (typeof parsed === 'string') return invalid(parsed, op)
        blocks.push(parsed)
      }
      return { ok: true, op: { op, blocks } }
    }
  }
}

/** Checks an operation parsed from JSON: the operation (normalised) or a plain-sentence problem. */
export function validateOperationShape(input: unknown): Operation | string {
  const parsed = parseOperation(input)
  if (parsed.ok) return parsed.op
  const kind =
    parsed.reason === 'invalid-operation' && parsed.name !== 'operation' ? `${parsed.name} ` : ''
  return `Invalid ${kind}operation: ${parsed.message}`
}
