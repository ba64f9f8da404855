// What every operation gets: the working document, its position in the batch (for messages) and
// the apply options. An operation returns nothing, the id it inserted, or an OpError.
import type { Draft } from '../draft'
import type { ApplyFailureReason, ApplyOptions, Block, NewBlock, Operation } from '../types'
import { checkFields } from './schema-check'

export interface OpContext {
  draft: Draft
  index: number
  options: ApplyOptions
}

export class OpError {
  constructor(
    readonly reason: ApplyFailureReason,
    readonly message: string,
    readonly blockId?: string,
  ) {}
}

export function fail(
  ctx: OpContext,
  op: Operation['op'],
  reason: ApplyFailureReason,
  detail: string,
  blockId?: string,
): OpError {
  return new OpError(reason, `Operation ${ctx.index} (${op}): ${detail}`, blockId)
}

export function missing(ctx: OpContext, op: Operation['op'], id: string): OpError {
  return fail(ctx, op, 'missing-target', `block "${id}" does not exist.`, id)
}

/**
 * Turns an inserted block tree into stored blocks: assigns missing ids, rejects ids already in the
 * document (or repeated in the tree) and, with a schema, unknown types and fields.
 */
export function materialize(
  ctx: OpContext,
  op: Operation['op'],
  input: NewBlock,
  taken: (id: string) => boolean,
): Block | OpError {
  const seen = new Set<string>()
  const build = (source: NewBlock): Block | OpError => {
    const id = source.id ?? ctx.options.generateId?.()
    if (id === undefined) {
      return fail(ctx, op, 'invalid-operation', `a new "${source.type}" block has no id.`)
    }
    if (seen.has(id) || taken(id)) {
      return fail(ctx, op, 'duplicate-id', `block id "${id}" is already used.`, id)
    }
    seen.add(id)
    const value = source.value ?? {}
    if (ctx.options.schema) {
      const problem = checkFields(ctx.options.schema, source.type, Object.keys(value))
      if (problem) return fail(ctx, op, problem.reason, problem.detail, id)
    }
    const block: Block = { id, type: source.type, value }
    if (source.children) {
      const children: Block[] = []
      for (const child of source.children) {
        const built = build(child)
        if (built instanceof OpError) return built
        children.push(built)
      }
      block.children = children
    }
    return block
  }
  return build(input)
}
