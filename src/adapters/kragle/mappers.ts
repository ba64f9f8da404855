// Pure mapping between Kragle and the editor. A block as read, `{id, type, conversion, state, …}`,
// is a block `{id, type, value: {state?, conversion?, …}}`: every other key Kragle sent stays in
// the value and is written back in the entry's third element untouched. A block is written as
// `[type, conversion, {state?, …}]`. What Kragle does with `conversion` is undocumented: it is not
// offered as a field; a non-null one rides along in the value unchanged, null is left out (and
// written back as null). An instance's `name` is not shown on read (vendor-facts.md), so it is
// not offered either (one read with a name keeps it, like any other key).
import type { Block, BlockTypeSchema } from '../../core'
import type { ReadBlock } from './parse-stack'
import type { KragleBlockType } from './schemas'

/** [blockTypeName, conversion, {state?, …}] as written. */
export type KragleEntry = [string, unknown, Record<string, unknown>]

export function readBlockToBlock(block: ReadBlock, id: string): Block {
  return {
    id,
    type: block.type,
    value: {
      ...structuredClone(block.options),
      ...(block.conversion === null ? {} : { conversion: structuredClone(block.conversion) }),
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
      {
        key: 'state',
        type: 'customObject',
        label: 'State',
        defaultValue: structuredClone(initial),
      },
    ],
  }
}
