// Blocks named in sentences by their label in one pair of quotes, whichever side holds them (the
// draft's label first: it is what the reader sees in the editor).
import { blockLabel } from '../schema/block-label'
import type { Block, BlockTypeSchema } from '../types'
import { quoted } from './quote-label'
import type { BlockDiff } from './types'

export type NameOf = (blockId: string | null | undefined) => string

export function blockNames(diff: BlockDiff, schema: readonly BlockTypeSchema[] = []): NameOf {
  const typeOf = new Map(schema.map((t) => [t.type, t]))
  const byId = new Map<string, Block>()
  for (const change of diff.blocks) {
    const block = change.after ?? change.before
    if (block && (change.after || !byId.has(change.blockId))) byId.set(change.blockId, block)
  }
  return (id) => {
    const block = id ? byId.get(id) : undefined
    return block ? quoted(blockLabel(block, typeOf.get(block.type))) : 'a block'
  }
}
