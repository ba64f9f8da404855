// Pure mapping between a content tree (Drumee's LETC) and the editor's blocks. A node is an object
// with `kind` (the block type), `data` (its field values, when it has any) and `kids` (its nested
// nodes, on containers), next to keys the editor does not know (`styleOpt`, `flow`, `content`, …).
// Every key of every node is written back exactly as read: a node is rebuilt from the node that
// was read, changing only what an edit changed (`kind`, `data`, `kids`). A node without an `id`
// gets one from its path, the one key the adapter adds when it stores the tree, so a block keeps
// its identity across saves and reloads. A kid that is not an object is kept as is, where it was.
import { deepEqual } from '../../core/deep-equal'
import type { Block } from '../../core/types'
import { isObject } from './hub-answers'
import { META_KEYS } from './meta-keys'

/** The type of a block that stands for a kid that is not a node (kept, never edited). */
export const RAW_KIND = 'letc-value'

type Originals = Map<string, unknown>

const idOf = (node: unknown): string | null => {
  if (!isObject(node)) return null
  const id = node.id
  if (typeof id === 'string' && id !== '') return id
  if (typeof id === 'number' && Number.isFinite(id)) return String(id)
  return null
}

const collectIds = (kids: readonly unknown[], into: Set<string>): Set<string> => {
  const stack = [...kids]
  while (stack.length > 0) {
    const node = stack.pop()
    const id = idOf(node)
    if (id !== null) into.add(id)
    if (isObject(node) && Array.isArray(node.kids)) stack.push(...(node.kids as unknown[]))
  }
  return into
}

/** The blocks of a tree's `kids`; `originals` receives each block's node as read. */
export function toBlocks(kids: readonly unknown[], originals?: Originals): Block[] {
  const taken = collectIds(kids, new Set())
  const uniqueId = (wanted: string): string => {
    let id = wanted
    for (let n = 2; taken.has(id); n += 1) id = `${wanted}~${n}`
    taken.add(id)
    return id
  }
  const walk = (nodes: readonly unknown[], path: string): Block[] =>
    nodes.map((node, index) => {
      const id = idOf(node) ?? uniqueId(`${path}-${index}`)
      originals?.set(id, node)
      if (!isObject(node)) return { id, type: RAW_KIND, value: {} }
      const block: Block = {
        id,
        type: typeof node.kind === 'string' ? node.kind : 'unknown',
        value: isObject(node.data) ? { ...node.data } : {},
      }
      if (Array.isArray(node.kids)) block.children = walk(node.kids as unknown[], id)
      return block
    })
  return walk(kids, 'n')
}

/** The nodes of blocks: each rebuilt from its node as read, with only what changed replaced. */
export function toKids(blocks: readonly Block[], originals: Originals = new Map()): unknown[] {
  return blocks.map((block) => {
    const original = originals.get(block.id)
    if (original !== undefined && !isObject(original)) return original
    const kids = block.children ? { kids: toKids(block.children, originals) } : {}
    if (original === undefined) {
      return { id: block.id, kind: block.type, data: block.value, ...kids }
    }
    const node: Record<string, unknown> = { ...original, ...kids }
    if (idOf(original) === null) node.id = block.id
    if (block.type !== (typeof original.kind === 'string' ? original.kind : 'unknown')) {
      node.kind = block.type
    }
    if (!deepEqual(block.value, isObject(original.data) ? original.data : {})) {
      node.data = block.value
    }
    return node
  })
}

/** The tree's own fields, without the meta the hub injects (top level and `meta`) and `kids`. */
export function rootOf(file: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = { ...file }
  for (const key of META_KEYS) delete root[key]
  delete root.meta
  delete root.kids
  return root
}

/** The tree to store: the root fields read from the hub with the blocks as its kids. */
export function toLetc(
  stored: Record<string, unknown>,
  blocks: readonly Block[],
): Record<string, unknown> {
  const originals: Originals = new Map()
  toBlocks(Array.isArray(stored.kids) ? stored.kids : [], originals)
  return { ...rootOf(stored), kids: toKids(blocks, originals) }
}
