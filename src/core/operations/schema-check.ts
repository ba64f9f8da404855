// Checks block types and value keys against the block schema (only when one is given).
import type { ApplyFailureReason, BlockTypeSchema } from '../types'

export interface SchemaProblem {
  reason: Extract<ApplyFailureReason, 'unknown-block-type' | 'unknown-field'>
  detail: string
}

/** Keys a value of this type may hold: its field keys, plus `<key>_html` for rich-text fields. */
export function allowedKeys(schemaType: BlockTypeSchema): Set<string> {
  const keys = new Set<string>()
  for (const field of schemaType.fields) {
    keys.add(field.key)
    if (field.type === 'richText') keys.add(`${field.key}_html`)
  }
  return keys
}

export function checkFields(
  schema: readonly BlockTypeSchema[],
  type: string,
  keys: readonly string[],
): SchemaProblem | null {
  const schemaType = schema.find((candidate) => candidate.type === type)
  if (!schemaType) {
    return { reason: 'unknown-block-type', detail: `block type "${type}" is not in the schema.` }
  }
  const allowed = allowedKeys(schemaType)
  const unknown = keys.find((key) => !allowed.has(key))
  if (unknown !== undefined) {
    return {
      reason: 'unknown-field',
      detail: `field "${unknown}" is not a field of block type "${type}".`,
    }
  }
  return null
}
