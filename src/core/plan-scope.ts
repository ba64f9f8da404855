// What a batch of operations touched, recorded while planFlush applies it. Only these containers
// and blocks can differ between the document before and after the batch: every other block is
// still the very object of the input (applyOperations shares them), at the same place.
import { Draft } from './draft'
import type { Block, FieldValues } from './types'

export interface Changes {
  /** Containers (null: the top level) whose list of blocks had a block added or taken out. */
  readonly lists: ReadonlySet<string | null>
  /** Blocks whose value an update merged into. */
  readonly values: ReadonlySet<string>
  /** Ids of inserted blocks and of their children (some may have existed before, with a remove). */
  readonly inserted: ReadonlySet<string>
  /** Ids of removed blocks and of their children (some may come back with an insert). */
  readonly removed: ReadonlySet<string>
  /** Blocks that were moved. */
  readonly moved: ReadonlySet<string>
  /** True once a replaceAll ran: then anything may differ. */
  readonly replaced: boolean
}

function addTree(block: Block, into: Set<string>): void {
  const stack: Block[] = [block]
  while (stack.length > 0) {
    const current = stack.pop() as Block
    into.add(current.id)
    if (current.children) stack.push(...current.children)
  }
}

/** A draft that records its changes (see Changes) as operations apply to it. */
export class RecordingDraft extends Draft implements Changes {
  readonly lists = new Set<string | null>()
  readonly values = new Set<string>()
  readonly inserted = new Set<string>()
  readonly removed = new Set<string>()
  readonly moved = new Set<string>()
  replaced = false

  override updateValue(id: string, value: FieldValues): void {
    this.values.add(id)
    super.updateValue(id, value)
  }

  override insert(parentId: string | null, index: number, block: Block): void {
    this.lists.add(parentId)
    addTree(block, this.inserted)
    super.insert(parentId, index, block)
  }

  override detach(id: string, keepIds = false): Block {
    this.lists.add(this.parentOf(id) ?? null)
    const block = super.detach(id, keepIds)
    if (keepIds) this.moved.add(id)
    else addTree(block, this.removed)
    return block
  }

  override attach(parentId: string | null, index: number, block: Block): void {
    this.lists.add(parentId)
    super.attach(parentId, index, block)
  }

  override replaceAll(blocks: Block[]): void {
    this.replaced = true
    super.replaceAll(blocks)
  }
}
