// The reference backend applies operations with the browser's own applyOperations, then checks
// the values the operations wrote against the collection's block schema.
import { randomBytes } from 'node:crypto'
import { applyOperations } from '../../../core'
import type { Block, BlockTypeSchema, NewBlock, Operation } from '../../../core/types'
import type { ErrorDetail } from '../../http/errors'
import { checkValues } from './value-check'

export interface OperationSummary {
  op: Operation['op']
  status: 'applied'
  blockId: string
  insertedBlockId?: string
}

export type BlocksOutcome =
  | { ok: true; blocks: Block[]; summary: OperationSummary[] }
  | { ok: false; message: string; errors: ErrorDetail[] }

const collectIds = (blocks: readonly Block[], into: Set<string>): Set<string> => {
  for (const block of blocks) {
    into.add(block.id)
    if (block.children) collectIds(block.children, into)
  }
  return into
}

/** 24 hex characters, like Basker's ids, never one already in the document. */
const idGenerator = (blocks: readonly Block[]): (() => string) => {
  const used = collectIds(blocks, new Set())
  return () => {
    let id = randomBytes(12).toString('hex')
    while (used.has(id)) id = randomBytes(12).toString('hex')
    used.add(id)
    return id
  }
}

const typeOf = (id: string, ...docs: (readonly Block[])[]): string | undefined => {
  for (const doc of docs) {
    const stack = [...doc]
    for (let block = stack.pop(); block; block = stack.pop()) {
      if (block.id === id) return block.type
      if (block.children) stack.push(...block.children)
    }
  }
  return undefined
}

const checkNewBlock = (
  schema: readonly BlockTypeSchema[],
  block: NewBlock,
  path: string,
  out: ErrorDetail[],
): void => {
  const fields = schema.find((s) => s.type === block.type)?.fields
  if (fields && block.value) checkValues(fields, block.value, `${path}.value`, out)
}

const checkOperationValues = (
  schema: readonly BlockTypeSchema[],
  ops: readonly Operation[],
  before: readonly Block[],
  after: readonly Block[],
): ErrorDetail[] => {
  const out: ErrorDetail[] = []
  ops.forEach((op, index) => {
    const at = `operations[${index}]`
    if (op.op === 'update') {
      const type = typeOf(op.blockId, after, before)
      const fields = schema.find((s) => s.type === type)?.fields
      if (fields) checkValues(fields, op.value, `${at}.value`, out)
    } else if (op.op === 'replaceAll') {
      op.blocks.forEach((block, j) => checkNewBlock(schema, block, `${at}.blocks[${j}]`, out))
    } else if ('block' in op) {
      checkNewBlock(schema, op.block, `${at}.block`, out)
    }
  })
  return out
}

const summarise = (ops: readonly Operation[], inserted: readonly (string | undefined)[]) =>
  ops.map((op, index): OperationSummary => {
    const insertedBlockId = inserted[index]
    // Inserts without an anchor and replaceAll name no block of their own: Basker's summary
    // always carries a blockId, so they report the inserted id, or '' for replaceAll.
    const blockId = 'blockId' in op ? op.blockId : (insertedBlockId ?? '')
    const base = { op: op.op, status: 'applied' as const, blockId }
    return insertedBlockId === undefined ? base : { ...base, insertedBlockId }
  })

export const applyBlockOperations = (
  blocks: readonly Block[],
  ops: readonly Operation[],
  schema: readonly BlockTypeSchema[],
): BlocksOutcome => {
  const result = applyOperations(blocks, ops, { schema, generateId: idGenerator(blocks) })
  if (!result.ok) {
    const path = `operations[${result.index}]`
    const message = `${path} (${ops[result.index]?.op ?? 'operation'}) failed: ${result.message}`
    return { ok: false, message, errors: [{ path, message: result.message, code: result.reason }] }
  }
  const problems = checkOperationValues(schema, ops, blocks, result.blocks)
  const first = problems[0]
  if (first) return { ok: false, message: first.message, errors: problems }
  return { ok: true, blocks: result.blocks, summary: summarise(ops, result.insertedIds) }
}
