// Pure mapping between Tines blocks and editor blocks. A case's flat, positioned list becomes a
// tree (a group's children nest under it); a block's value is {title, hidden} plus, for note and
// html blocks, the colour and content of their note element.
import type { Block, FieldValues } from '../../core/types'
import { contentKey, hasNote, noteTypeOf } from './block-types'
import type { IdMap } from './id-map'
import type { TinesBlock } from './schemas'

const byPosition = (a: TinesBlock, b: TinesBlock): number => a.position - b.position || a.id - b.id

const noteOf = (block: TinesBlock) => block.elements?.find((e) => e.element_type === 'note')

export function valueOf(block: TinesBlock): FieldValues {
  const value: FieldValues = { title: block.title, hidden: block.hidden ?? false }
  if (hasNote(block.block_type)) {
    const note = noteOf(block)
    value.color = note?.color ?? 'white'
    value[contentKey(block.block_type)] = note?.content ?? ''
  }
  return value
}

/** The editor's tree of a case; records each block's note element id in `ids`. */
export function toTree(blocks: readonly TinesBlock[], ids: IdMap): Block[] {
  const toBlock = (source: TinesBlock): Block => {
    const serverId = String(source.id)
    const note = noteOf(source)
    if (note) ids.setElement(serverId, note.element_id)
    const block: Block = {
      id: ids.client(serverId),
      type: source.block_type,
      value: valueOf(source),
    }
    if (source.block_type === 'block_group') {
      block.children = blocks
        .filter((b) => b.block_group_id === source.id)
        .sort(byPosition)
        .map(toBlock)
    }
    return block
  }
  return blocks
    .filter((b) => b.block_group_id === null || b.block_group_id === undefined)
    .sort(byPosition)
    .map(toBlock)
}

/**
 * POST …/blocks: the block with its note element `{content, note_type, color}` (vendor-facts.md,
 * Tines), at `position` of its container.
 */
export function createBody(
  block: Block,
  position: number,
  groupServerId: string | null,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    title: block.value.title,
    block_type: block.type,
    position,
    hidden: block.value.hidden ?? false,
  }
  if (groupServerId !== null) body.block_group_id = Number(groupServerId)
  if (hasNote(block.type)) {
    body.elements = [
      {
        content: block.value[contentKey(block.type)] ?? '',
        note_type: noteTypeOf(block.type),
        color: block.value.color ?? 'white',
      },
    ]
  }
  return body
}
