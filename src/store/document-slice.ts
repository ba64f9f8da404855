// The record's blocks: the server-confirmed base, its version and the optimistic view, plus
// dispatch, the single entry point of every gesture.
import type { Block, BlockTypeSchema } from '../core'
import type { BlockDocument, RecordRef } from '../adapters/types'
import { commitEdit } from './commit-edit'
import { recordEdit } from './history-slice'
import type { SliceApi } from './slice-api'
import type { EditorState, EditorStoreState } from './types'

export type DocumentSlice = Pick<EditorState, 'ref' | 'schema' | 'base' | 'version' | 'view'> &
  Pick<EditorStoreState, 'dispatch'>

export function createDocumentSlice(
  api: SliceApi,
  init: { ref: RecordRef; schema: BlockTypeSchema[]; document: BlockDocument },
): DocumentSlice {
  const base: Block[] = init.document.blocks
  return {
    ref: init.ref,
    schema: init.schema,
    base,
    version: init.document.version,
    // Before any edit the view is the base itself; edits replace it, never mutate it.
    view: base,
    dispatch(ops, label) {
      return commitEdit(api, ops, recordEdit(label, api.deps.now()))
    },
  }
}
