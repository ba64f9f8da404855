// Pure mapping between a content tree and the editor's blocks. A node is
// `{id, kind, data, kids?, …}`: `kind` is the block type, `data` its field values, `kids` its
// nested nodes (present on containers only). Keys the editor does not know (styles, say) are kept
// per node id and written back unchanged.
import type { Block } from '../../core/types'
import { META_KEYS } from './meta-keys'

export type Extras = Map<string, Record<string, unknown>>

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const NODE_KEYS = new Set(['id', 'kind', 'data', 'kids'])

/** The blocks of a tree's `kids`; a node without an id gets one from its path. */
export function toBlocks(kids: readonly unknown[], extras?: Extras, path = 'n'): Block[] {
  return kids.filter(isObject).map((node, index) => {
    const id = typeof node.id === 'string' && node.id !== '' ? node.id : `${path}-${index}`
    const block: Block = {
      id,
      type: typeof node.kind === 'string' ? node.kind : 'unknown',
      value: isObject(node.data) ? { ...node.data } : {},
    }
    if (Array.isArray(node.kids)) block.children = toBlocks(node.kids, extras, id)
    if (extras) {
      const rest = Object.fromEntries(Object.entries(node).filter(([k]) => !NODE_KEYS.has(k)))
      if (Object.keys(rest).length > 0) extras.set(id, rest)
    }
    return block
  })
}

/** The nodes of blocks, with each node's unknown keys put back. */
export function toKids(blocks: readonly Block[], extras: Extras = new Map()): unknown[] {
  return blocks.map((block) => ({
    ...extras.get(block.id),
    id: block.id,
    kind: block.type,
    data: block.value,
    ...(block.children ? { kids: toKids(block.children, extras) } : {}),
  }))
}

/** The tree's own fields, without the meta the hub injects and without `kids`. */
export function rootOf(letc: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = { ...letc }
  for (const key of META_KEYS) delete root[key]
  delete root.kids
  return root
}

/** The tree to store: the root fields read from the hub with the blocks as its kids. */
export function toLetc(
  stored: Record<string, unknown>,
  blocks: readonly Block[],
): Record<string, unknown> {
  const extras: Extras = new Map()
  toBlocks(Array.isArray(stored.kids) ? stored.kids : [], extras)
  return { ...rootOf(stored), kids: toKids(blocks, extras) }
}
