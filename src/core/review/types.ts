// What a review shows: how one block list became another, block by block and field by field,
// and the same in plain words. Plain data, so the UI only renders it.
import type { Block } from '../types'

/** One run of a word-level diff: text both sides share, or text only one side has. */
export interface TextDiffPart {
  kind: 'equal' | 'insert' | 'delete'
  text: string
}

/** How one field (or a sub-field of a group or array item) differs. */
export interface FieldChange {
  /** Keys from the block's value down to this field, e.g. ['cta', 'label'] or ['items', '2']. */
  path: string[]
  /** The same path in the schema's words, e.g. ['Call to action', 'Label']. */
  labels: string[]
  kind: 'text' | 'richText' | 'value'
  /** Readable values ('' when the field was empty); rich text as its visible text. */
  before: string
  after: string
  /** Word diff of plain text (kind 'text'). */
  textDiff?: TextDiffPart[]
  /**
   * Rich text (kind 'richText'): the draft's HTML with removed words in <del> and new words in
   * <ins>. Built from the two inputs' tags: sanitise it before it reaches the DOM.
   */
  htmlDiff?: string
}

export type BlockChangeKind = 'added' | 'removed' | 'moved' | 'changed' | 'unchanged'

/** Where a block sits, for saying where it went: its container and its neighbours. */
export interface BlockPlace {
  parentId: string | null
  /** Its position in that container, counted from 0. */
  index: number
  /** The block just before it in its container (null: it comes first). */
  previousId: string | null
  /** The block just after it in its container (null: it comes last). */
  nextId: string | null
}

export interface BlockChange {
  blockId: string
  /** Nesting depth in the tree it is shown in (0: the top level). */
  depth: number
  kind: BlockChangeKind
  /** Also true for a block that moved and changed its fields. */
  moved: boolean
  before: Block | null
  after: Block | null
  /** Where it sits in the draft (null when removed) and where it sat before (null when added). */
  place: BlockPlace | null
  placeBefore: BlockPlace | null
  fields: FieldChange[]
}

export interface BlockDiff {
  /**
   * Every block of both sides in one reading order: the draft's order, with each removed block
   * shown where it used to be (after its previous surviving neighbour).
   */
  blocks: BlockChange[]
  counts: Record<Exclude<BlockChangeKind, 'unchanged'>, number>
}

/** One line of the change list. */
export interface ChangeLine {
  /** Stable within one list: the block id and the kind. */
  id: string
  blockId: string
  kind: Exclude<BlockChangeKind, 'unchanged'>
  text: string
  /** True when the change is made in the editor but not saved to the backend yet. */
  pending: boolean
  /** False for a removed block: there is nothing in the draft to open. */
  inDraft: boolean
}
