// Undo/redo. Each dispatch pushes {forward, inverse}; typing into the same fields of one block
// within a second folds into one step. Undo and redo are applied as new edits, so they are
// queued and flushed like any other change (undo keeps working after a save).
import type { Operation } from '../core'
import { commitEdit } from './commit-edit'
import type { HistoryRule } from './commit-edit'
import type { SliceApi } from './slice-api'
import { localId } from './slice-api'
import type { EditorState, EditorStoreState, HistoryEntry } from './types'

export const COALESCE_MS = 1000
const MAX_HISTORY = 500

export type HistorySlice = Pick<EditorState, 'undoStack' | 'redoStack'> &
  Pick<EditorStoreState, 'undo' | 'redo'>

function coalesceKey(ops: readonly Operation[]): string | undefined {
  const [op] = ops
  if (ops.length !== 1 || op?.op !== 'update') return undefined
  return `${op.blockId}\u0000${Object.keys(op.value).sort().join('\u0000')}`
}

/** The history rule of a fresh edit: push (or fold into the last entry) and clear redo. */
export function recordEdit(label: string, now: number): HistoryRule {
  return (state, edit) => {
    const key = coalesceKey(edit.ops)
    const last = state.undoStack[state.undoStack.length - 1]
    const [op] = edit.ops
    const [lastForward] = last?.forward ?? []
    if (
      key !== undefined &&
      last?.coalesceKey === key &&
      last.at !== undefined &&
      now - last.at < COALESCE_MS &&
      op?.op === 'update' &&
      lastForward?.op === 'update'
    ) {
      // The first entry's inverse already restores the fields as they were before typing began.
      const forward: Operation[] = [{ ...op, value: { ...lastForward.value, ...op.value } }]
      const merged: HistoryEntry = { ...last, forward, at: now }
      return { undoStack: [...state.undoStack.slice(0, -1), merged], redoStack: [] }
    }
    const entry: HistoryEntry = { label, forward: edit.ops, inverse: edit.inverse, at: now }
    if (key !== undefined) entry.coalesceKey = key
    return { undoStack: [...state.undoStack, entry].slice(-MAX_HISTORY), redoStack: [] }
  }
}

/** Stops the next edit from folding into an entry that undo/redo just exposed or pushed. */
function sealed(stack: HistoryEntry[]): HistoryEntry[] {
  const last = stack[stack.length - 1]
  if (!last || last.coalesceKey === undefined) return stack
  const { coalesceKey: _key, ...rest } = last
  return [...stack.slice(0, -1), rest]
}

function moveOnly(api: SliceApi, from: 'undoStack' | 'redoStack', entry: HistoryEntry): void {
  const to = from === 'undoStack' ? 'redoStack' : 'undoStack'
  api.change((s) => ({ [from]: s[from].slice(0, -1), [to]: [...s[to], entry] }))
}

function failedStep(api: SliceApi, stack: 'undoStack' | 'redoStack', message: string): void {
  // A step that no longer applies (its block was removed meanwhile) is dropped, not retried.
  api.change((s) => ({
    [stack]: s[stack].slice(0, -1),
    errors: [...s.errors, { id: localId('error'), blockId: null, message }],
  }))
}

export function createHistorySlice(api: SliceApi): HistorySlice {
  return {
    undoStack: [],
    redoStack: [],
    undo() {
      const entry = api.get().undoStack.at(-1)
      if (!entry) return
      if (entry.inverse.length === 0) return moveOnly(api, 'undoStack', entry)
      const failure = commitEdit(api, entry.inverse, (s) => ({
        undoStack: sealed(s.undoStack.slice(0, -1)),
        redoStack: [...s.redoStack, entry],
      }))
      if (failure) failedStep(api, 'undoStack', `Cannot undo "${entry.label}": ${failure.message}`)
    },
    redo() {
      const entry = api.get().redoStack.at(-1)
      if (!entry) return
      if (entry.forward.length === 0) return moveOnly(api, 'redoStack', entry)
      const failure = commitEdit(api, entry.forward, (s, edit) => ({
        undoStack: [
          ...s.undoStack,
          { label: entry.label, forward: edit.ops, inverse: edit.inverse },
        ],
        redoStack: s.redoStack.slice(0, -1),
      }))
      if (failure) failedStep(api, 'redoStack', `Cannot redo "${entry.label}": ${failure.message}`)
    },
  }
}
