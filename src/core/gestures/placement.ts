// The placement rules of the schema, asked before a drop instead of after it: a container whose
// type names `childTypes` takes only those, and a `childOnly` type never sits at the top level.
// The same rules as operations/placement-check.ts, which refuses the operation itself; this one is
// cheap enough to ask for every drop slot of a long page.
import type { BlockTypeSchema } from '../types'

/** May a block of `childType` sit in a container of `parentType` (null: the top level)? */
export function mayHold(
  schema: readonly BlockTypeSchema[] | undefined,
  parentType: string | null,
  childType: string,
): boolean {
  if (!schema) return true
  if (parentType === null) return schema.find((t) => t.type === childType)?.childOnly !== true
  const allowed = schema.find((t) => t.type === parentType)?.childTypes
  return !allowed || allowed.includes(childType)
}

export function mayHoldAll(
  schema: readonly BlockTypeSchema[] | undefined,
  parentType: string | null,
  childTypes: Iterable<string>,
): boolean {
  for (const type of childTypes) if (!mayHold(schema, parentType, type)) return false
  return true
}
