// Helpers of the adapter contract suite: building valid operations from whatever record and
// schema the reference backend serves, and checking a write against the core's own result.
import { applyOperations, createBlock } from '../../core'
import type { Block, BlockTypeSchema, Operation } from '../../core'
import { AdapterError } from '../types'
import type { BackendAdapter, BlockDocument, RecordRef } from '../types'

export interface ContractSetup {
  adapter: BackendAdapter
  /** A record with at least three blocks that the suite may edit freely. */
  record: RecordRef
  /** A collection holding at least three records, for paging. */
  listCollection: string
  teardown?: () => Promise<void>
}

let serial = 0
export function contractId(): string {
  serial += 1
  return `contract-${Date.now().toString(36)}-${serial}`
}

/**
 * A block type whose required fields are all plain text, so a new block is valid as created; for
 * a backend whose blocks hold no text field, only one JSON object (Kragle's `state`), a type whose
 * only field is such an object, whose `text` key then plays the text field's part.
 */
function simpleType(schema: readonly BlockTypeSchema[]): {
  type: BlockTypeSchema
  textKey: string
  inObject: boolean
} {
  for (const type of schema) {
    const textField = type.fields.find((f) => f.type === 'text')
    const required = type.fields.filter((f) => f.required)
    if (textField && required.every((f) => f.type === 'text'))
      return { type, textKey: textField.key, inObject: false }
  }
  for (const type of schema) {
    const [only, ...others] = type.fields
    if (only?.type === 'customObject' && others.length === 0) {
      return { type, textKey: only.key, inObject: true }
    }
  }
  throw new Error('The contract needs a block type with a text field and only text required fields')
}

const textValue = (inObject: boolean, text: string): unknown => (inObject ? { text } : text)

export function newBlock(schema: readonly BlockTypeSchema[], label: string): Block {
  const { type, textKey, inObject } = simpleType(schema)
  const block = createBlock(type, contractId())
  for (const field of type.fields) {
    if (field.required && field.type === 'text') block.value[field.key] = label
  }
  block.value[textKey] = textValue(inObject, label)
  return block
}

/** An update of a text field of a block whose type the schema knows. */
export function textUpdate(
  blocks: readonly Block[],
  schema: readonly BlockTypeSchema[],
): Operation {
  for (const block of blocks) {
    const field = schema.find((t) => t.type === block.type)?.fields.find((f) => f.type === 'text')
    if (field)
      return { op: 'update', blockId: block.id, value: { [field.key]: `Edited ${contractId()}` } }
  }
  for (const block of blocks) {
    const [only, ...others] = schema.find((t) => t.type === block.type)?.fields ?? []
    if (only?.type === 'customObject' && others.length === 0) {
      const value = textValue(true, `Edited ${contractId()}`)
      return { op: 'update', blockId: block.id, value: { [only.key]: value } }
    }
  }
  throw new Error('The contract record has no block with a text field')
}

export function expectedAfter(
  blocks: Block[],
  ops: Operation[],
  schema: readonly BlockTypeSchema[],
): Block[] {
  const result = applyOperations(blocks, ops, { schema })
  if (!result.ok) throw new Error(`The contract built an invalid operation: ${result.message}`)
  return result.blocks
}

export interface RoundTrip {
  before: BlockDocument
  expected: Block[]
  after: BlockDocument
  version: string | null
  returned: Block[] | undefined
}

/** Loads, writes through the adapter, reloads; the caller compares `after` with `expected`. */
export async function roundTrip(
  setup: ContractSetup,
  schema: readonly BlockTypeSchema[],
  build: (blocks: Block[]) => Operation[],
): Promise<RoundTrip> {
  const { adapter, record } = setup
  const before = await adapter.loadRecord(record)
  const ops = build(before.blocks)
  const expected = expectedAfter(before.blocks, ops, schema)
  const outcome = await adapter.applyOperations(record, ops, {
    version: before.version,
    base: before.blocks,
  })
  const after = await adapter.loadRecord(record)
  return { before, expected, after, version: outcome.version, returned: outcome.blocks }
}

export async function adapterError(promise: Promise<unknown>): Promise<AdapterError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (error instanceof AdapterError) return error
  throw new Error(
    `Expected an AdapterError, got ${error === undefined ? 'success' : String(error)}`,
  )
}
