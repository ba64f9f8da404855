// Kragle as a whole-document backend (../shared/whole-document-writer.ts): no version token, so
// the stack is read again before each write; the driver compares it with the base and rebases.
// Its one write is the whole `blocks` array PUT; Kragle's answer holds no blocks, so `put` reads
// the stack again and that is the new base.
import { applyOperations } from '../../core'
import type { ApplyAsBackend, Block, BlockTypeSchema, Operation } from '../../core'
import { writeWholeDocument } from '../shared/whole-document-writer'
import type { ApplyContext, ApplyOutcome, RecordRef } from '../types'

export interface StackWriter {
  schema(): Promise<BlockTypeSchema[]>
  read(): Promise<Block[]>
  /** Writes the whole array; resolves with the stack as read back after the write. */
  put(blocks: Block[]): Promise<Block[]>
  generateId(): string
}

export function applyToStack(
  writer: StackWriter,
  ref: RecordRef,
  ops: Operation[],
  ctx: ApplyContext,
): Promise<ApplyOutcome> {
  return writeWholeDocument(
    {
      async rules() {
        const schema = await writer.schema()
        const apply: ApplyAsBackend = (doc, list) =>
          applyOperations(doc, list, { schema, generateId: () => writer.generateId() })
        return apply
      },
      read: async () => ({ blocks: await writer.read(), held: null }),
      // The whole array, whatever changed: a PUT replaces it.
      write: async (_ref, { final }) => ({ version: null, blocks: await writer.put(final) }),
      landed: (final) => ({ version: null, blocks: final }),
    },
    ref,
    ops,
    ctx,
  )
}
