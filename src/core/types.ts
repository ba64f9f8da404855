// The shared vocabulary of the editor: blocks, the Basker block operation language and block
// schemas. Everything here is plain serialisable data so the browser, the sync layer and the
// reference backends can exchange it unchanged.

export type FieldValues = Record<string, unknown>

/** A block as stored: `children` exists only on blocks that hold nested blocks. */
export interface Block {
  id: string
  type: string
  value: FieldValues
  children?: Block[]
}

/** A block as sent in an insert: the id is optional (the receiver assigns one when missing). */
export interface NewBlock {
  id?: string
  type: string
  value?: FieldValues
  children?: NewBlock[]
}

export type Operation =
  | { op: 'update'; blockId: string; value: FieldValues }
  | { op: 'insertBefore' | 'insertAfter'; blockId: string; block: NewBlock }
  | { op: 'append' | 'prepend'; block: NewBlock; parentId?: string }
  | { op: 'remove'; blockId: string }
  | { op: 'moveBefore' | 'moveAfter'; blockId: string; anchorId: string }
  | { op: 'replaceAll'; blocks: NewBlock[] }

export type OperationName = Operation['op']

export const OPERATION_NAMES: readonly OperationName[] = [
  'update',
  'insertBefore',
  'insertAfter',
  'append',
  'prepend',
  'remove',
  'moveBefore',
  'moveAfter',
  'replaceAll',
]

export type FieldType =
  | 'text'
  | 'richText'
  | 'number'
  | 'checkbox'
  | 'select'
  | 'date'
  | 'relationship'
  | 'upload'
  | 'customObject'
  | 'array'
  | 'group'

export interface FieldOption {
  value: string
  label: string
}

/** One field of a block type, in the shape Basker's `…/blocks/schema` serves. */
export interface FieldSchema {
  key: string
  type: FieldType
  label: string
  required?: boolean
  options?: FieldOption[]
  relationTo?: string | string[]
  hasMany?: boolean
  fields?: FieldSchema[]
  defaultValue?: unknown
  /** Derived by the backend (Omerlo's "Shown as"): shown, never edited, never sent. */
  readOnly?: boolean
}

export interface BlockTypeSchema {
  type: string
  label: string
  fields: FieldSchema[]
  /** true when blocks of this type may hold nested blocks (the nesting extension). */
  container?: boolean
  /**
   * For a container: the only block types it may hold (Omerlo: a block of people holds person
   * entries). Absent: any type. Checked by applyOperations when it is given a schema.
   */
  childTypes?: string[]
  /** Blocks of this type live inside a container only, never at the top level (Omerlo entries). */
  childOnly?: boolean
  /**
   * false: the backend documents no way to create a block of this type (Tines' file or metadata
   * blocks), so the palette does not offer it; existing ones are still edited.
   */
  creatable?: boolean
}

export type ApplyFailureReason =
  | 'missing-target'
  | 'duplicate-id'
  | 'unknown-operation'
  | 'unknown-block-type'
  | 'unknown-field'
  | 'move-into-self'
  | 'invalid-operation'

export interface ApplyFailure {
  ok: false
  /** Index in the operation list of the operation that failed. */
  index: number
  reason: ApplyFailureReason
  message: string
  blockId?: string
}

export interface ApplySuccess {
  ok: true
  blocks: Block[]
  /** For each operation, the id of the block it inserted (undefined for non-inserts). */
  insertedIds: (string | undefined)[]
}

export type ApplyResult = ApplySuccess | ApplyFailure

export interface ApplyOptions {
  /** When given, block types and field keys are checked against it. */
  schema?: readonly BlockTypeSchema[]
  /** Assigns ids to inserted blocks that have none; must return ids unused in the document. */
  generateId?: () => string
}

/** Where a block sits: its container (null for the top level) and its index in it. */
export interface BlockLocation {
  parentId: string | null
  index: number
}

export type RebaseConflictKind = 'removed' | 'field-changed' | 'anchor-removed' | 'invalid'

/** A pending operation that could not be replayed as is on a newer base. */
export interface RebaseConflict {
  /** Index in the pending list of the operation that conflicted. */
  opIndex: number
  op: Operation
  blockId: string
  kind: RebaseConflictKind
  /** Field keys both sides changed (field-changed only). */
  fields: string[]
  mine: FieldValues
  theirs: FieldValues
  /** Operations that, applied to the rebased document, keep the user's version. */
  keepMine: Operation[]
}

export interface RebaseResult {
  ops: Operation[]
  conflicts: RebaseConflict[]
}
