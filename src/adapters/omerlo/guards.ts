// The checks before anything is sent. Locally: blocks stay at the top level, entries stay inside
// blocks, and a block holds entries of its own kind only (a Speakers block of people takes no
// organization). What Omerlo holds now is compared with the base by the whole-document driver.
import { applyOperations, blockLabel } from '../../core'
import type { Block, BlockTypeSchema, Operation } from '../../core/types'
import { AdapterError } from '../types'
import { entryTypeForKind, entryTypeOf, targetOf } from './model'
import { UUID } from './read'
import type { KindOf } from './mappers'

const PLURAL: Record<string, string> = {
  content: 'contents',
  person: 'people',
  organization: 'organizations',
  event: 'events',
  project: 'projects',
}

const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`)

interface Problem {
  id: string
  message: string
}

/** The first rule a document breaks, named on the block that breaks it. */
export function omerloProblem(
  doc: readonly Block[],
  kindOf: KindOf,
  schema: readonly BlockTypeSchema[],
): Problem | null {
  for (const block of doc) {
    const entry = entryTypeOf(block.type)
    if (entry) {
      return { id: block.id, message: `${article(entry.noun)} entry must go inside a block.` }
    }
    const schemaType = schema.find((t) => t.type === block.type)
    if (!schemaType) return { id: block.id, message: `Unknown Omerlo block type "${block.type}".` }
    // A type whose kind no answer named takes any entry here; Omerlo checks it.
    const holds = entryTypeForKind(kindOf(block.type) ?? '')
    const name = blockLabel(block, schemaType)
    for (const child of block.children ?? []) {
      const childEntry = entryTypeOf(child.type)
      if (!childEntry) {
        return { id: child.id, message: `A block cannot go inside another block (“${name}”).` }
      }
      if (holds && childEntry.type !== holds.type) {
        return {
          id: child.id,
          message:
            `“${name}” holds ${PLURAL[holds.noun] ?? holds.noun} only; ` +
            `${article(childEntry.noun)} cannot go there.`,
        }
      }
      // No listing of contents is documented, so a target is typed in by id: it must be one.
      const target = targetOf(child.value, child.type)
      if (target !== null && !UUID.test(target)) {
        return {
          id: child.id,
          message: `“${target}” is not an Omerlo ${childEntry.noun} id (a UUID such as 713e4c61-5a69-43fb-a600-2e2699462e14).`,
        }
      }
    }
  }
  return null
}

/** The document after the operations; a 'validation' error names the first invalid one. */
export function planLocally(
  base: Block[],
  ops: readonly Operation[],
  schema: readonly BlockTypeSchema[],
  kindOf: KindOf,
): Block[] {
  let doc = base
  ops.forEach((op, index) => {
    const result = applyOperations(doc, [op], { schema })
    const problem = result.ok
      ? omerloProblem(result.blocks, kindOf, schema)
      : { id: result.blockId ?? '', message: result.message }
    if (problem || !result.ok) {
      throw new AdapterError('validation', problem?.message ?? 'Invalid operation', {
        operationIndex: index,
        ...(problem?.id ? { blockId: problem.id } : {}),
      })
    }
    doc = result.blocks
  })
  return doc
}
