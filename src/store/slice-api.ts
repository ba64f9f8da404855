// Plumbing shared by the slices: the store's set/get, the injected clock and id source, and a
// setter that re-derives the save status after every change.
import type { StoreApi } from 'zustand/vanilla'
import { deriveStatus } from './derive-status'
import type { EditorStoreState } from './types'

export interface StoreDeps {
  generateId: () => string
  now: () => number
}

export type SetState = StoreApi<EditorStoreState>['setState']
export type GetState = StoreApi<EditorStoreState>['getState']

export interface SliceApi {
  get: GetState
  /** Applies the changes and the status they imply, in one notification. */
  change(fn: (state: EditorStoreState) => Partial<EditorStoreState>): void
  deps: StoreDeps
}

export function sliceApi(set: SetState, get: GetState, deps: StoreDeps): SliceApi {
  return {
    get,
    deps,
    change(fn) {
      const state = get()
      const changes = fn(state)
      set({ ...changes, ...deriveStatus({ ...state, ...changes }) })
    },
  }
}

let counter = 0
/** Ids for conflicts and errors: unique within the page, never sent anywhere. */
export function localId(prefix: string): string {
  counter += 1
  return `${prefix}-${counter}`
}
