// New blocks from the palette start with every field of their type at its default.
import type { Block, FieldSchema, FieldValues, BlockTypeSchema } from '../types'
import { cloneValue } from '../deep-equal'

/** The default of one field; `defaultValue` from the schema wins when given. */
export function defaultFieldValue(field: FieldSchema): unknown {
  if (field.defaultValue !== undefined) return cloneValue(field.defaultValue)
  switch (field.type) {
    case 'text':
    case 'richText':
      return ''
    case 'number':
    case 'date':
      return null
    case 'checkbox':
      return false
    case 'select':
      return field.options?.[0]?.value ?? null
    case 'relationship':
    case 'upload':
      return field.hasMany ? [] : null
    case 'customObject':
      return {}
    case 'array':
      return []
    case 'group':
      return defaultValues(field.fields ?? [])
  }
}

/** Default values for a list of fields; rich text is held as `<key>_html`, as backends read it. */
export function defaultValues(fields: readonly FieldSchema[]): FieldValues {
  const value: FieldValues = {}
  for (const field of fields) {
    value[field.type === 'richText' ? `${field.key}_html` : field.key] = defaultFieldValue(field)
  }
  return value
}

export function createBlock(schemaType: BlockTypeSchema, id: string): Block {
  const block: Block = { id, type: schemaType.type, value: defaultValues(schemaType.fields) }
  if (schemaType.container) block.children = []
  return block
}
