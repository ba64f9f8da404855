// Refuses, before anything changes, an operation that would put a block into a container whose
// schema type names the only child types it takes (`childTypes`), or a block whose type lives
// only inside containers (`childOnly`) at the top level; the new block's own nested children
// likewise. Only with a schema; containers without childTypes take any type.
import type { Draft } from '../draft'
import { blockLabel } from '../schema/block-label'
import type { BlockTypeSchema, NewBlock, Operation } from '../types'
import { fail, type OpContext, type OpError } from './context'

const article = (noun: string): string => (/^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`)

function refusal(
  ctx: OpContext,
  op: Operation,
  parent: { type: string; label: string },
  childType: string,
  blockId: string | undefined,
): OpError | null {
  const schema = ctx.options.schema ?? []
  const allowed = schema.find((t) => t.type === parent.type)?.childTypes
  if (!allowed || allowed.includes(childType)) return null
  const labelOf = (type: string) => schema.find((t) => t.type === type)?.label ?? type
  const takes = allowed.map(labelOf).join(' or ') || 'nothing'
  return fail(
    ctx,
    op.op,
    'invalid-operation',
    `“${parent.label}” takes ${takes} only; ${article(labelOf(childType))} cannot go there.`,
    blockId,
  )
}

function topLevelRefusal(
  ctx: OpContext,
  op: Operation,
  type: string,
  blockId: string | undefined,
): OpError | null {
  const schemaType = ctx.options.schema?.find((t) => t.type === type)
  if (!schemaType?.childOnly) return null
  const what = article(schemaType.label).replace(/^a/, 'A')
  return fail(ctx, op.op, 'invalid-operation', `${what} can only go inside another block.`, blockId)
}

function labelled(draft: Draft, id: string, schema: readonly BlockTypeSchema[]) {
  const block = draft.get(id)
  return block
    ? {
        type: block.type,
        label: blockLabel(
          block,
          schema.find((t) => t.type === block.type),
        ),
      }
    : null
}

/** The new block's nested children, checked against the block they sit in. */
function nestedRefusal(ctx: OpContext, op: Operation, block: NewBlock): OpError | null {
  const schema = ctx.options.schema ?? []
  for (const child of block.children ?? []) {
    const parent = {
      type: block.type,
      label: blockLabel(
        { id: '', type: block.type, value: block.value ?? {} },
        schema.find((t) => t.type === block.type),
      ),
    }
    const problem = refusal(ctx, op, parent, child.type, child.id) ?? nestedRefusal(ctx, op, child)
    if (problem) return problem
  }
  return null
}

export function placementRefusal(ctx: OpContext, op: Operation): OpError | null {
  const schema = ctx.options.schema
  if (!schema || !schema.some((t) => t.childTypes || t.childOnly)) return null
  const { draft } = ctx
  // parentId: null is the top level; undefined is a missing anchor (the operation fails anyway).
  const into = (parentId: string | null | undefined, type: string, id: string | undefined) => {
    if (parentId === undefined) return null
    if (parentId === null) return topLevelRefusal(ctx, op, type, id)
    const parent = labelled(draft, parentId, schema)
    return parent ? refusal(ctx, op, parent, type, id) : null
  }
  switch (op.op) {
    case 'moveBefore':
    case 'moveAfter': {
      const block = draft.get(op.blockId)
      return block ? into(draft.parentOf(op.anchorId), block.type, block.id) : null
    }
    case 'insertBefore':
    case 'insertAfter':
      return (
        into(draft.parentOf(op.blockId), op.block.type, op.block.id) ??
        nestedRefusal(ctx, op, op.block)
      )
    case 'append':
    case 'prepend':
      return (
        into(op.parentId ?? null, op.block.type, op.block.id) ?? nestedRefusal(ctx, op, op.block)
      )
    case 'replaceAll':
      for (const block of op.blocks) {
        const problem =
          topLevelRefusal(ctx, op, block.type, block.id) ?? nestedRefusal(ctx, op, block)
        if (problem) return problem
      }
      return null
    default:
      return null
  }
}
