// One store per open record, built from slices (zustand's slices pattern) on the vanilla API so
// src/sync can drive it outside React.
import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { BlockTypeSchema } from '../core'
import type { BlockDocument, RecordRef } from '../adapters/types'
import { randomBlockId } from './assign-ids'
import { createDocumentSlice } from './document-slice'
import { createHistorySlice } from './history-slice'
import { createQueueSlice } from './queue-slice'
import { createRejectedSlice } from './rejected-slice'
import { createRestoreSlice } from './restore-pending'
import { createSelectionSlice } from './selection-slice'
import { sliceApi } from './slice-api'
import { createSyncSlice } from './sync-slice'
import type { EditorStoreState } from './types'

export interface CreateEditorStoreOptions {
  ref: RecordRef
  schema: BlockTypeSchema[]
  document: BlockDocument
  /** Ids for inserted blocks; must not collide with ids in the document. */
  generateId?: () => string
  /** The clock used for coalescing typing into one undo step (ms). */
  now?: () => number
}

export type EditorStoreApi = StoreApi<EditorStoreState>

export function createEditorStore(options: CreateEditorStoreOptions): EditorStoreApi {
  const deps = { generateId: options.generateId ?? randomBlockId, now: options.now ?? Date.now }
  return createStore<EditorStoreState>()((set, get) => {
    const api = sliceApi(set, get, deps)
    return {
      ...createDocumentSlice(api, options),
      ...createQueueSlice(api),
      ...createHistorySlice(api),
      ...createSelectionSlice(api),
      ...createSyncSlice(api),
      ...createRejectedSlice(api),
      ...createRestoreSlice(api),
    }
  })
}
