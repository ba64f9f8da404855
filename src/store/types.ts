// The editor store's public shape: what React components read and call. One store per open
// record, created by createEditorStore() and provided through React context.
import type { ApplyFailure, Block, BlockTypeSchema, FieldValues, Operation } from '../core/types'
import type { RecordRef } from '../adapters/types'

export type SaveStatus =
  | 'saved'
  | 'saving'
  | 'unsaved'
  | 'offline'
  | 'conflict'
  | 'error'
  /** The backend refused changes that are still shown (RejectedChange). */
  | 'rejected'

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

/**
 * A change the backend refused (422 naming it): kept in the view with the backend's message, not
 * sent again until the user edits its block or discards it (src/store/rejected-slice.ts).
 */
export interface RejectedChange {
  id: string
  /** The block it is shown on (null: a general banner). */
  blockId: string | null
  op: Operation
  /** The field keys it sets (update only; rich text as `<key>_html`), for the field's message. */
  fields: string[]
  message: string
}

/** A problem to show on a block (or above the canvas): nothing the user typed is in it. */
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
  /** When the entry was last extended (ms), for coalescing typing into one step. */
  at?: number
  /** Entries with the same key made within a second of each other merge (same block + fields). */
  coalesceKey?: string
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
  /** The primary selection: the block the field panel edits (null: nothing selected). */
  selectedId: string | null
  /**
   * Every selected block (the primary included), in the order they were selected. Empty when
   * selectedId is null. May name blocks an edit has since removed: read it through
   * selectedBlockIds(), which drops those.
   */
  selectedIds: readonly string[]
  /** Where a Shift+click or Shift+arrow range starts. */
  selectionAnchor: string | null
  undoStack: HistoryEntry[]
  redoStack: HistoryEntry[]
  status: SaveStatus
  statusMessage: string | null
  conflicts: BlockConflict[]
  errors: BlockError[]
  /** Changes the backend refused, still shown in the view and counted as not saved. */
  rejected: RejectedChange[]
}

export interface EditorActions {
  /** Apply a gesture's operations optimistically and queue them; returns the failure if any. */
  dispatch(ops: Operation[], label: string): ApplyFailure | null
  undo(): void
  redo(): void
  select(blockId: string | null): void
  /** Ctrl/Cmd+click: adds the block to the selection (as primary) or takes it out. */
  toggleSelected(blockId: string): void
  /** Shift+click: selects every block from the anchor to this one, in document order. */
  selectRange(blockId: string): void
  /** Shift+ArrowUp/Down: moves the range's free end one block (in document order). */
  extendSelection(delta: 1 | -1): void
  /** Ctrl/Cmd+A: every block of the record. */
  selectAll(): void
  /** Selects exactly these blocks (after a multi-block paste or duplicate); the last is primary. */
  selectBlocks(blockIds: readonly string[]): void
  resolveConflict(conflictId: string, choice: 'mine' | 'theirs'): void
  dismissError(errorId: string): void
  /** "Discard change": drops a refused change; the backend's value returns (not an undo step). */
  discardRejected(rejectedId: string): void
}

export type EditorStore = EditorState & EditorActions

/** What a flush sends: the planned operations and the base/version they were planned against. */
export interface FlushPlan {
  ops: Operation[]
  base: Block[]
  version: string | null
}

/** A problem the sync layer reports; it shapes `status` until it is cleared. */
export interface SyncIssue {
  kind: 'offline' | 'error'
  message: string
}

/** State only src/sync reads and writes; components should not rely on it. */
export interface EditorSyncState {
  /** The plan of the flush that is running (what the backend's operation indexes refer to). */
  inFlightPlan: Operation[]
  /** True when the last write returned no version: re-read the record before the next write. */
  needsReload: boolean
  syncIssue: SyncIssue | null
  /** The "Keep mine" operations of each open conflict, by conflict id. */
  conflictOps: Record<string, Operation[]>
  /** Bumped on every dispatch so the sync layer can debounce flushes. */
  editCount: number
}

/** Actions only src/sync calls: the flush bookkeeping. */
export interface EditorSyncActions {
  /** Moves pending into inFlight and returns the minimal plan, or null when nothing to send. */
  takeFlush(): FlushPlan | null
  /** The backend accepted the in-flight plan. */
  flushSucceeded(outcome: { version: string | null; blocks?: Block[] }): void
  /** The flush did not reach the backend (or must be retried): inFlight goes back to pending. */
  flushFailed(): void
  /**
   * A flush of several requests failed part-way: the first `appliedCount` planned operations
   * landed (the adapter re-read to know), so they join the base and only the rest are resent.
   */
  flushPartlyApplied(appliedCount: number): void
  /** The backend refused one planned operation (422): hold it (see RejectedChange), send the rest. */
  flushRejected(operationIndex: number | undefined, message: string): void
  /** Someone else changed the record: replay inFlight + pending on their version. */
  rebaseOnto(document: { blocks: Block[]; version: string | null }): void
  setSyncIssue(issue: SyncIssue | null): void
}

/** A queue kept by the durable outbox: enough to replay it onto a newer version of the record. */
export interface SavedQueue {
  base: Block[]
  version: string | null
  inFlight: Operation[]
  /** The planned operations of the flush that was running (they may have landed). */
  inFlightPlan: Operation[]
  pending: Operation[]
  /** Changes the backend refused, still unsaved (absent in rows written before they were kept). */
  rejected?: Operation[]
}

/** Restoring unsaved operations kept from an earlier session (src/sync/outbox). */
export interface EditorRestoreApi {
  /** How many operations were restored from an earlier session (0: none). */
  restoredCount: number
  /**
   * Replays a saved queue onto the freshly loaded record: what already landed is dropped, what
   * cannot replay becomes a conflict. Returns how many operations were restored.
   */
  restorePending(saved: SavedQueue): number
}

export type EditorStoreState = EditorStore & EditorSyncState & EditorSyncActions & EditorRestoreApi
