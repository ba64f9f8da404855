// Pure translation between Basker's wire format and the editor's types. Every response is
// validated here; anything the editor cannot trust becomes an AdapterError 'malformed'.
import { z } from 'zod'
import type { Block, BlockTypeSchema, FieldSchema, FieldType, Operation } from '../../core/types'
import { answerParser } from '../shared/parse-answer'
import { AdapterError } from '../types'
import type { ApplyOutcome, BlockDocument, Page, RecordRef, RecordSummary } from '../types'
import {
  applyResponseSchema,
  blockSchema,
  blockTypesSchema,
  errorBodySchema,
  listSchema,
  recordSchema,
  summarySchema,
} from './schemas'
import type { RawField } from './schemas'

/** Checks one of Basker's answers ('malformed' naming what was wrong). */
export const parse = answerParser('Basker')

type RawBlock = z.infer<typeof blockSchema>

/** Blocks of types the schema does not know are kept as they are (the UI shows them read-only). */
export function toBlock(raw: RawBlock): Block {
  return { id: raw.id, type: raw.type, value: raw.value ?? {} }
}

function titleOf(raw: z.infer<typeof summarySchema>): string {
  return raw.title ?? raw.name ?? raw.slug ?? String(raw.id)
}

function toSummary(collection: string, raw: z.infer<typeof summarySchema>): RecordSummary {
  const summary: RecordSummary = { ref: { collection, id: String(raw.id) }, title: titleOf(raw) }
  if (raw.updatedAt) summary.updatedAt = raw.updatedAt
  if (raw._status) summary.status = raw._status
  return summary
}

export function toPage(collection: string, body: unknown): Page<RecordSummary> {
  const raw = parse(listSchema, body, 'record list')
  const page = raw.page ?? 1
  return {
    items: raw.docs.map((doc) => toSummary(collection, doc)),
    page,
    totalPages: raw.totalPages,
    total: raw.totalDocs,
    hasNextPage: raw.hasNextPage ?? page < raw.totalPages,
    hasPrevPage: raw.hasPrevPage ?? page > 1,
  }
}

export function toDocument(ref: RecordRef, body: unknown): BlockDocument {
  const raw = parse(recordSchema, body, 'record')
  return {
    ref,
    title: titleOf(raw),
    blocks: (raw.blocks ?? []).map(toBlock),
    // Sent back as ifUpdatedAt byte for byte, so it is never reformatted.
    version: raw.updatedAt ?? null,
  }
}

const FIELD_TYPES: readonly FieldType[] = [
  'text',
  'richText',
  'number',
  'checkbox',
  'select',
  'date',
  'relationship',
  'upload',
  'customObject',
  'array',
  'group',
]

export function toField(raw: RawField): FieldSchema {
  // An unknown field type is edited as raw JSON rather than failing the whole schema.
  const type = (FIELD_TYPES as readonly string[]).includes(raw.type)
    ? (raw.type as FieldType)
    : 'customObject'
  const field: FieldSchema = { key: raw.key, type, label: raw.label ?? raw.key }
  if (raw.required) field.required = true
  if (raw.options)
    field.options = raw.options.map((o) => ({ value: o.value, label: o.label ?? o.value }))
  if (raw.relationTo) field.relationTo = raw.relationTo
  if (raw.hasMany) field.hasMany = true
  if (raw.fields) field.fields = raw.fields.map(toField)
  if (raw.defaultValue !== undefined) field.defaultValue = raw.defaultValue
  return field
}

export function toBlockTypes(body: unknown): BlockTypeSchema[] {
  const raw = parse(blockTypesSchema, body, 'block schema')
  return raw.blocks.map((b) => ({
    type: b.type,
    label: b.label ?? b.type,
    fields: (b.fields ?? []).map(toField),
  }))
}

export function toOutcome(body: unknown): ApplyOutcome {
  const raw = parse(applyResponseSchema, body, 'write response')
  const version = raw.document.updatedAt ?? null
  const outcome: ApplyOutcome = { version }
  // Blocks without a version cannot be trusted as a base for the next write; re-read instead.
  if (version !== null && raw.document.blocks) outcome.blocks = raw.document.blocks.map(toBlock)
  return outcome
}

export function toPatchBody(ops: Operation[], version: string | null): unknown {
  return { draft: true, ifUpdatedAt: version, operations: ops }
}

const OPERATION_PATH = /^operations\[(\d+)\]/

/** Adds the failing operation's index and block to a 422 (Basker reports `operations[N]`). */
export function withOperationIndex(error: AdapterError, ops: readonly Operation[]): AdapterError {
  if (error.kind !== 'validation') return error
  const body = errorBodySchema.safeParse(error.details.body)
  const first = body.success ? body.data.errors?.[0] : undefined
  const match = first?.path ? OPERATION_PATH.exec(first.path) : null
  if (!match) return error
  const operationIndex = Number(match[1])
  const op = ops[operationIndex]
  const details = { ...error.details, operationIndex }
  const blockId = op ? opBlockId(op) : undefined
  if (blockId !== undefined) details.blockId = blockId
  // The index is for the store; the person editing reads the reason without the wire path.
  const message = (first?.message ?? error.message).replace(/^operations\[\d+\][^\s:]*:\s*/, '')
  return new AdapterError('validation', message, details)
}

function opBlockId(op: Operation): string | undefined {
  if ('blockId' in op) return op.blockId
  if ('block' in op) return op.block.id
  return undefined
}
