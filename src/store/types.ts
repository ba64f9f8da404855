// The editor store's public shape: what React components read and call. One store per open
// record, created by createEditorStore() and provided through React context.
import type { ApplyFailure, Block, BlockTypeSchema, FieldValues, Operation } from '../core/types'
import type { RecordRef } from '../adapters/types'

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'offline' | 'conflict' | 'error'

/** A pending operation that could not be replayed after someone else changed the record. */
export interface BlockConflict {
  id: string
  blockId: string
  kind: 'removed' | 'field-changed' | 'anchor-removed' | 'invalid'
  message: string
  /** Field keys both sides changed (field-changed only). */
  fields: string[]
  mine: FieldValues
  theirs: FieldValues
}

/** An operation the backend rejected (422), shown on its block; nothing else is dropped. */
export interface BlockError {
  id: string
  blockId: string | null
  message: string
}

export interface HistoryEntry {
  label: string
  /** The operations that undo this entry when applied to the view. */
  inverse: Operation[]
  /** The operations that redo this entry. */
  forward: Operation[]
}

export interface EditorState {
  ref: RecordRef
  schema: BlockTypeSchema[]
  /** Server-confirmed blocks and their version token. */
  base: Block[]
  version: string | null
  /** Operations not yet sent, in the order they were made. */
  pending: Operation[]
  /** Operations sent in the flush that is running. */
  inFlight: Operation[]
  /** What the user sees: base with inFlight and pending applied. */
  view: Block[]
  selectedId: string | null
  undoStack: HistoryEntry[]
  redoStack: HistoryEntry[]
  status: SaveStatus
  statusMessage: string | null
  conflicts: BlockConflict[]
  errors: BlockError[]
}

export interface EditorActions {
  /** Apply a gesture's operations optimistically and queue them; returns the failure if any. */
  dispatch(ops: Operation[], label: string): ApplyFailure | null
  undo(): void
  redo(): void
  select(blockId: string | null): void
  resolveConflict(conflictId: string, choice: 'mine' | 'theirs'): void
  dismissError(errorId: string): void
}

export type EditorStore = EditorState & EditorActions
