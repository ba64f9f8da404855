// Pure mapping between Kragle and the editor: a stack entry `[type, conversion, {name?, state?}]`
// is a block `{id, type, value: {name?, state?, conversion?}}` (other keys of the third element
// are kept in the value and written back), and a block type is a palette entry whose `state`
// starts at the definition's `initial_state`. What Kragle does with `conversion` is undocumented:
// it is not offered as a field; a non-null one rides along in the value unchanged, null is left
// out (and written back as null).
import type { Block, BlockTypeSchema } from '../../core'
import type { KragleBlockType, KragleEntry } from './schemas'

export function entryToBlock(entry: KragleEntry, id: string): Block {
  const [type, conversion, options] = entry
  return {
    id,
    type,
    value: {
      ...structuredClone(options),
      ...(conversion === null ? {} : { conversion: structuredClone(conversion) }),
    },
  }
}

export function blockToEntry(block: Block): KragleEntry {
  const { conversion = null, ...options } = block.value
  return [block.type, structuredClone(conversion), structuredClone(options)]
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function toBlockTypeSchema(type: KragleBlockType): BlockTypeSchema {
  const resolved = isObject(type.resolved)
    ? type.resolved
    : isObject(type.definition)
      ? type.definition
      : {}
  const initial = isObject(resolved.initial_state) ? resolved.initial_state : {}
  return {
    type: type.name,
    label: type.name,
    fields: [
      { key: 'name', type: 'text', label: 'Name' },
      {
        key: 'state',
        type: 'customObject',
        label: 'State',
        defaultValue: structuredClone(initial),
      },
    ],
  }
}
