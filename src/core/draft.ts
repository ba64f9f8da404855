// A working copy of a block tree for applying a batch of operations. It copies on write: only the
// containers on the path to a change are copied, once per batch, and copies made in this batch are
// then edited in place. Untouched blocks stay shared with the input, which is never mutated.
import type { Block, FieldValues } from './types'

/** Lookups answered by scanning the document before it is indexed (per DocumentIndex). */
const SCANS_BEFORE_INDEX = 8

/** Where a block is: its container (null: the top level) and, as a hint, its last known index. */
interface Place {
  parent: string | null
  at: number
}

/**
 * The index of `id` in `list` (-1 when absent), searched outward from `hint`, where it was last
 * seen: a batch shifts blocks by a few places, so on a long list this is much cheaper than a
 * search from the start. Plain loops: several times faster than findIndex.
 */
export function positionOf(list: readonly Block[], id: string, hint = 0): number {
  const start = Math.min(Math.max(hint, 0), list.length - 1)
  for (let down = start, up = start + 1; down >= 0 || up < list.length; down -= 1, up += 1) {
    if (down >= 0 && (list[down] as Block).id === id) return down
    if (up < list.length && (list[up] as Block).id === id) return up
  }
  return -1
}

/** Where `id` is, found by walking the tree (undefined when absent). */
function scan(list: readonly Block[], id: string, parent: string | null = null): Place | undefined {
  for (let at = 0; at < list.length; at += 1) {
    const block = list[at] as Block
    if (block.id === id) return { parent, at }
    if (block.children) {
      const found = scan(block.children, id, block.id)
      if (found) return found
    }
  }
  return undefined
}

/**
 * Where the blocks of one document are. The first few lookups scan the document (a keystroke
 * touches one block: a few scans are cheaper than indexing 10,000 blocks); after that, every block
 * is indexed at once. Drafts started from the same document may share it (planFlush applies three
 * batches to its base), so the document is scanned and indexed once for all of them; each draft
 * keeps its own changes on top of it.
 */
export class DocumentIndex {
  /** Answers so far (undefined: absent); every block once `complete`. `at` is a hint drafts move. */
  private readonly places = new Map<string, Place | undefined>()
  private complete = false
  private scans = 0

  constructor(readonly blocks: readonly Block[]) {}

  /** Where `id` is in the document (undefined when absent). */
  locate(id: string): Place | undefined {
    const known = this.places.get(id)
    if (known || this.complete || this.places.has(id)) return known
    if (this.scans < SCANS_BEFORE_INDEX) {
      this.scans += 1
      const found = scan(this.blocks, id)
      this.places.set(id, found)
      return found
    }
    const visit = (list: readonly Block[], parent: string | null): void => {
      for (let at = 0; at < list.length; at += 1) {
        const block = list[at] as Block
        this.places.set(block.id, { parent, at })
        if (block.children) visit(block.children, block.id)
      }
    }
    visit(this.blocks, null)
    this.complete = true
    return this.places.get(id)
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
   * Places as they are now of every block this draft inserted, moved or removed (undefined:
   * absent). They take precedence over the index of the document the draft started from, whose
   * containers stay right for every other block (positions are only hints anyway).
   */
  private readonly known = new Map<string, Place | undefined>()

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
    return this.locate(id)?.parent
  }

  /** The block list of a container (the top level for null); undefined if the block is absent. */
  siblings(parentId: string | null): readonly Block[] | undefined {
    if (parentId === null) return this.root
    const parent = this.get(parentId)
    return parent ? (parent.children ?? []) : undefined
  }

  get(id: string): Block | undefined {
    const place = this.locate(id)
    if (!place) return undefined
    const list = this.siblings(place.parent)
    return list?.[this.positionIn(list, id, place)]
  }

  indexOf(id: string): number {
    const place = this.locate(id)
    if (!place) return -1
    const list = this.siblings(place.parent)
    return list ? this.positionIn(list, id, place) : -1
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
    const place = this.locate(id) as Place
    const list = this.writableSiblings(place.parent)
    const index = this.positionIn(list, id, place)
    const block = list[index] as Block
    const next: Block = { ...block, value: { ...block.value, ...value } }
    if (this.owned.has(block)) this.owned.add(next)
    list[index] = next
  }

  insert(parentId: string | null, index: number, block: Block): void {
    this.writableSiblings(parentId).splice(index, 0, block)
    const stack: [Block, string | null, number][] = [[block, parentId, index]]
    while (stack.length > 0) {
      const [current, parent, at] = stack.pop() as [Block, string | null, number]
      this.known.set(current.id, { parent, at })
      current.children?.forEach((child, i) => stack.push([child, current.id, i]))
    }
  }

  /** Detaches a block (with its children) and returns it; `keepIds` keeps them indexed for a move. */
  detach(id: string, keepIds = false): Block {
    const place = this.locate(id) as Place
    const list = this.writableSiblings(place.parent)
    const [block] = list.splice(this.positionIn(list, id, place), 1) as [Block]
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
    this.known.set(block.id, { parent: parentId, at: index })
  }

  replaceAll(blocks: Block[]): void {
    this.index = new DocumentIndex(blocks)
    this.known.clear()
    this.root = blocks
    this.rootOwned = true
  }

  private locate(id: string): Place | undefined {
    const known = this.known.get(id)
    return known || this.known.has(id) ? known : this.index.locate(id)
  }

  /** The index of `id` in `list` (its container's), remembered as the hint for the next search. */
  private positionIn(list: readonly Block[], id: string, place: Place): number {
    const at = positionOf(list, id, place.at)
    place.at = at
    return at
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
    const place = this.locate(parentId) as Place
    const list = this.writableSiblings(place.parent)
    const index = this.positionIn(list, parentId, place)
    const parent = list[index] as Block
    if (this.owned.has(parent) && parent.children) return parent.children
    const copy: Block = { ...parent, children: [...(parent.children ?? [])] }
    this.owned.add(copy)
    list[index] = copy
    return copy.children as Block[]
  }
}
