// What every part of one drawn block reads: its values, its schema's fields by key, and — only
// for the selected block on the canvas — how an in-place edit is sent. Without `edit` the same
// views draw the preview (no editing chrome, nothing mounts an editor).
import { createContext, useContext } from 'react'
import type { BlockTypeSchema, FieldSchema, FieldValues } from '../../core'

export interface InPlaceEditing {
  /** One `update` of the block with this patch, labelled for undo ("Edit Heading"). */
  patch(patch: FieldValues, label: string): void
}

export interface BlockViewData {
  blockId: string
  values: FieldValues
  schemaType: BlockTypeSchema | undefined
  fields: ReadonlyMap<string, FieldSchema>
  edit: InPlaceEditing | undefined
  now: Date
}

export const BlockViewContext = createContext<BlockViewData | null>(null)

export function useBlockView(): BlockViewData {
  const data = useContext(BlockViewContext)
  if (!data) throw new Error('useBlockView must be used inside a drawn block')
  return data
}

export function fieldsByKey(schemaType: BlockTypeSchema | undefined): Map<string, FieldSchema> {
  return new Map((schemaType?.fields ?? []).map((f) => [f.key, f]))
}
