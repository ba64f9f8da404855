// The path every user-visible change takes (dispatch, undo, redo, "keep mine"): validate and apply
// optimistically, queue the operations, update history through the caller's rule.
import { findBlock } from '../core'
import type { ApplyFailure, Operation } from '../core'
import { enqueue, mayRemove, prepareEdit } from './edit'
import { releaseFor } from './rejected-slice'
import type { PreparedEdit } from './edit'
import type { SliceApi } from './slice-api'
import type { EditorStoreState } from './types'

export type HistoryRule = (
  state: EditorStoreState,
  edit: PreparedEdit,
) => Pick<EditorStoreState, 'undoStack' | 'redoStack'>

export function commitEdit(
  api: SliceApi,
  ops: readonly Operation[],
  history: HistoryRule,
): ApplyFailure | null {
  const state = api.get()
  const edit = prepareEdit(state.view, state.schema, ops, api.deps.generateId)
  if (!edit.ok) return edit
  api.change((s) => {
    const keepSelection =
      s.selectedId === null ||
      !mayRemove(edit.ops) ||
      findBlock(edit.view, s.selectedId) !== undefined
    // Editing a block whose change the backend refused is the user's answer: that change goes
    // back in the queue and this edit folds into it.
    const { released, held } = releaseFor(s.rejected, edit.ops)
    const queue = released.length > 0 ? [...released, ...s.pending] : s.pending
    return {
      view: edit.view,
      pending: enqueue(queue, edit.ops),
      rejected: released.length > 0 ? held : s.rejected,
      editCount: s.editCount + 1,
      selectedId: keepSelection ? s.selectedId : null,
      ...history(s, edit),
    }
  })
  return null
}
