// Finding the reference field (relationship or upload) a change's path leads to, and the raw
// value at that path, so the review can name the records and media instead of showing ids.
import { isPlainObject } from '../../core'
import type { Block, BlockTypeSchema, FieldSchema } from '../../core'

export function referenceFieldAt(
  schemaType: BlockTypeSchema | undefined,
  path: readonly string[],
): FieldSchema | undefined {
  let fields = schemaType?.fields ?? []
  let found: FieldSchema | undefined
  for (const key of path) {
    if (/^\d+$/.test(key) && found?.type === 'array') continue
    found = fields.find((f) => f.key === key)
    if (!found) return undefined
    fields = found.fields ?? []
  }
  return found && (found.type === 'relationship' || found.type === 'upload') ? found : undefined
}

export function valueAt(block: Block | null, path: readonly string[]): unknown {
  let value: unknown = block?.value
  for (const key of path) {
    if (Array.isArray(value)) value = value[Number(key)]
    else if (isPlainObject(value)) value = value[key]
    else return undefined
  }
  return value
}
