// A working copy of a block tree for applying a batch of operations. It copies on write: only the
// containers on the path to a change are copied, once per batch, and copies made in this batch are
// then edited in place. Untouched blocks stay shared with the input, which is never mutated.
import type { Block, FieldValues } from './types'

const SCANS_BEFORE_INDEX = 8

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

export class Draft {
  private root: Block[]
  private rootOwned = false
  /** Blocks (and their children arrays) created by this draft, safe to edit in place. */
  private readonly owned = new WeakSet<Block>()
  /** id → container id (null for the top level); built on first use. */
  private parents: Map<string, string | null> | undefined
  private scans = 0

  constructor(blocks: readonly Block[]) {
    this.root = blocks as Block[]
  }

  get blocks(): readonly Block[] {
    return this.root
  }

  has(id: string): boolean {
    return this.index().has(id)
  }

  parentOf(id: string): string | null | undefined {
    // A keystroke touches one block: a few scans are cheaper than indexing 10,000 blocks.
    if (!this.parents && this.scans < SCANS_BEFORE_INDEX) {
      this.scans += 1
      return scanParent(this.root, id)
    }
    return this.index().get(id)
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
    return this.siblings(parentId)?.find((block) => block.id === id)
  }

  indexOf(id: string): number {
    const parentId = this.parentOf(id)
    if (parentId === undefined) return -1
    return this.siblings(parentId)?.findIndex((block) => block.id === id) ?? -1
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
    const index = list.findIndex((block) => block.id === id)
    const block = list[index] as Block
    const next: Block = { ...block, value: { ...block.value, ...value } }
    if (this.owned.has(block)) this.owned.add(next)
    list[index] = next
  }

  insert(parentId: string | null, index: number, block: Block): void {
    this.writableSiblings(parentId).splice(index, 0, block)
    const parents = this.index()
    const stack: [Block, string | null][] = [[block, parentId]]
    while (stack.length > 0) {
      const [current, parent] = stack.pop() as [Block, string | null]
      parents.set(current.id, parent)
      for (const child of current.children ?? []) stack.push([child, current.id])
    }
  }

  /** Detaches a block (with its children) and returns it; `keepIds` keeps them indexed for a move. */
  detach(id: string, keepIds = false): Block {
    const list = this.writableSiblings(this.parentOf(id) ?? null)
    const index = list.findIndex((block) => block.id === id)
    const [block] = list.splice(index, 1) as [Block]
    if (!keepIds) {
      const parents = this.index()
      const stack: Block[] = [block]
      while (stack.length > 0) {
        const current = stack.pop() as Block
        parents.delete(current.id)
        if (current.children) stack.push(...current.children)
      }
    }
    return block
  }

  /** Re-attaches a block detached with keepIds, updating only its own container entry. */
  attach(parentId: string | null, index: number, block: Block): void {
    this.writableSiblings(parentId).splice(index, 0, block)
    this.index().set(block.id, parentId)
  }

  replaceAll(blocks: Block[]): void {
    this.root = blocks
    this.rootOwned = true
    this.parents = undefined
  }

  private index(): Map<string, string | null> {
    if (this.parents) return this.parents
    const parents = new Map<string, string | null>()
    const visit = (list: readonly Block[], parentId: string | null): void => {
      for (const block of list) {
        parents.set(block.id, parentId)
        if (block.children) visit(block.children, block.id)
      }
    }
    visit(this.root, null)
    this.parents = parents
    return parents
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
    const index = list.findIndex((block) => block.id === parentId)
    const parent = list[index] as Block
    if (this.owned.has(parent) && parent.children) return parent.children
    const copy: Block = { ...parent, children: [...(parent.children ?? [])] }
    this.owned.add(copy)
    list[index] = copy
    return copy.children as Block[]
  }
}
