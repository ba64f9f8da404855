// A working copy of a block tree for applying a batch of operations. It copies on write: only the
// containers on the path to a change are copied, once per batch, and copies made in this batch are
// then edited in place. Untouched blocks stay shared with the input, which is never mutated.
import type { Block, FieldValues } from './types'

/** Lookups answered by scanning the tree before an id index is built (per DocumentIndex). */
const SCANS_BEFORE_INDEX = 16

/** The position of `id` in `list`, or -1 (a plain loop: several times faster than findIndex). */
export function positionOf(list: readonly Block[], id: string): number {
  for (let i = 0; i < list.length; i += 1) if ((list[i] as Block).id === id) return i
  return -1
}

/** The container id of `id` found by walking the tree (undefined when absent). */
function scanParent(
  list: readonly Block[],
  id: string,
  parentId: string | null = null,
): string | null | undefined {
  for (const block of list) {
    if (block.id === id) return parentId
    if (block.children) {
      const found = scanParent(block.children, id, block.id)
      if (found !== undefined) return found
    }
  }
  return undefined
}

/**
 * id → container id (null for the top level) of one document, built on first use. Drafts started
 * from the same document may share it (planFlush applies three batches to its base), so the
 * document is indexed at most once; each draft keeps its own changes on top of it.
 */
export class DocumentIndex {
  private parents: Map<string, string | null> | undefined
  private scans = 0

  constructor(readonly blocks: readonly Block[]) {}

  /** True when a lookup should scan the tree instead (and counts it): the first few do. */
  scanInstead(): boolean {
    if (this.parents || this.scans >= SCANS_BEFORE_INDEX) return false
    this.scans += 1
    return true
  }

  parentOf(id: string): string | null | undefined {
    if (!this.parents) {
      const parents = new Map<string, string | null>()
      const stack: [readonly Block[], string | null][] = [[this.blocks, null]]
      while (stack.length > 0) {
        const [list, parentId] = stack.pop() as [readonly Block[], string | null]
        for (let i = 0; i < list.length; i += 1) {
          const block = list[i] as Block
          parents.set(block.id, parentId)
          if (block.children) stack.push([block.children, block.id])
        }
      }
      this.parents = parents
    }
    return this.parents.get(id)
  }
}

export class Draft {
  private root: Block[]
  private rootOwned = false
  /** Blocks (and their children arrays) created by this draft, safe to edit in place. */
  private readonly owned = new WeakSet<Block>()
  /** The document this draft started from (or the last replaceAll's), indexed on demand. */
  private index: DocumentIndex
  /**
   * Containers as they are now for every block this draft inserted, moved or removed (undefined:
   * absent), plus the answers of scans. It takes precedence over the index, whose answers stay
   * right for every other block.
   */
  private readonly known = new Map<string, string | null | undefined>()

  /** A draft of `source`: a document, or the shared index of one. */
  constructor(source: readonly Block[] | DocumentIndex) {
    this.index = source instanceof DocumentIndex ? source : new DocumentIndex(source)
    this.root = this.index.blocks as Block[]
  }

  get blocks(): readonly Block[] {
    return this.root
  }

  has(id: string): boolean {
    return this.parentOf(id) !== undefined
  }

  parentOf(id: string): string | null | undefined {
    if (this.known.has(id)) return this.known.get(id)
    // A keystroke touches one block: a few scans are cheaper than indexing 10,000 blocks.
    if (this.index.scanInstead()) {
      const found = scanParent(this.root, id)
      this.known.set(id, found)
      return found
    }
    return this.index.parentOf(id)
  }

  /** The block list of a container (the top level for null); undefined if the block is absent. */
  siblings(parentId: string | null): readonly Block[] | undefined {
    if (parentId === null) return this.root
    const parent = this.get(parentId)
    return parent ? (parent.children ?? []) : undefined
  }

  get(id: string): Block | undefined {
    const parentId = this.parentOf(id)
    if (parentId === undefined) return undefined
    const list = this.siblings(parentId)
    return list?.[positionOf(list, id)]
  }

  indexOf(id: string): number {
    const parentId = this.parentOf(id)
    if (parentId === undefined) return -1
    const list = this.siblings(parentId)
    return list ? positionOf(list, id) : -1
  }

  /** True when `id` is `ancestorId` or sits anywhere inside it. */
  isWithin(id: string, ancestorId: string): boolean {
    let current: string | null | undefined = id
    while (current !== null && current !== undefined) {
      if (current === ancestorId) return true
      current = this.parentOf(current)
    }
    return false
  }

  updateValue(id: string, value: FieldValues): void {
    const list = this.writableSiblings(this.parentOf(id) ?? null)
    const index = positionOf(list, id)
    const block = list[index] as Block
    const next: Block = { ...block, value: { ...block.value, ...value } }
    if (this.owned.has(block)) this.owned.add(next)
    list[index] = next
  }

  insert(parentId: string | null, index: number, block: Block): void {
    this.writableSiblings(parentId).splice(index, 0, block)
    const stack: [Block, string | null][] = [[block, parentId]]
    while (stack.length > 0) {
      const [current, parent] = stack.pop() as [Block, string | null]
      this.known.set(current.id, parent)
      for (const child of current.children ?? []) stack.push([child, current.id])
    }
  }

  /** Detaches a block (with its children) and returns it; `keepIds` keeps them indexed for a move. */
  detach(id: string, keepIds = false): Block {
    const list = this.writableSiblings(this.parentOf(id) ?? null)
    const [block] = list.splice(positionOf(list, id), 1) as [Block]
    if (!keepIds) {
      const stack: Block[] = [block]
      while (stack.length > 0) {
        const current = stack.pop() as Block
        this.known.set(current.id, undefined)
        if (current.children) stack.push(...current.children)
      }
    }
    return block
  }

  /** Re-attaches a block detached with keepIds, updating only its own container entry. */
  attach(parentId: string | null, index: number, block: Block): void {
    this.writableSiblings(parentId).splice(index, 0, block)
    this.known.set(block.id, parentId)
  }

  replaceAll(blocks: Block[]): void {
    this.index = new DocumentIndex(blocks)
    this.known.clear()
    this.root = blocks
    this.rootOwned = true
  }

  /** The container's list, copied (with the path above it) unless this draft already owns it. */
  private writableSiblings(parentId: string | null): Block[] {
    if (parentId === null) {
      if (!this.rootOwned) {
        this.root = [...this.root]
        this.rootOwned = true
      }
      return this.root
    }
    const list = this.writableSiblings(this.parentOf(parentId) ?? null)
    const index = positionOf(list, parentId)
    const parent = list[index] as Block
    if (this.owned.has(parent) && parent.children) return parent.children
    const copy: Block = { ...parent, children: [...(parent.children ?? [])] }
    this.owned.add(copy)
    list[index] = copy
    return copy.children as Block[]
  }
}
