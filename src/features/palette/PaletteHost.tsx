// Owns the palette's open state: opened through EditorUi by any "Add block" button, it inserts
// with one dispatch and otherwise gives focus back to the button that opened it.
import { useEffect, useState } from 'react'
import { blockLabel, findBlock, locateBlock } from '../../core'
import { useEditorStore, useEditorStoreApi } from '../../store'
import { useBlockCommands } from '../editor/commands-context'
import { useEditorUi } from '../editor/editor-ui'
import type { InsertPlace } from './insert-operation'
import { PaletteDialog } from './PaletteDialog'

interface OpenPalette {
  place: InsertPlace
  opener: HTMLElement | null
}

export function PaletteHost() {
  const ui = useEditorUi()
  const commands = useBlockCommands()
  const store = useEditorStoreApi()
  const schema = useEditorStore((s) => s.schema)
  const [open, setOpen] = useState<OpenPalette | null>(null)

  useEffect(() => ui.register({ openPalette: (place, opener) => setOpen({ place, opener }) }), [ui])
  if (!open) return null

  const { place, opener } = open
  const anchor = place.kind === 'end' ? undefined : findBlock(store.getState().view, place.blockId)
  const anchorLabel = anchor ? blockLabel(anchor, ui.schemaByType.get(anchor.type)) : undefined
  // A container that takes only some types (childTypes) is offered only those.
  const view = store.getState().view
  const parentId =
    place.kind === 'end' ? place.parentId : locateBlock(view, place.blockId)?.parentId
  const parent = parentId ? findBlock(view, parentId) : undefined
  const allowed = parent ? ui.schemaByType.get(parent.type)?.childTypes : undefined
  // …and the top level is offered no type that lives inside containers only (childOnly).
  const placeable = allowed
    ? schema.filter((t) => allowed.includes(t.type))
    : parent
      ? schema
      : schema.filter((t) => !t.childOnly)
  // …and no type the backend cannot create.
  const types = placeable.filter((t) => t.creatable !== false)

  const close = () => {
    setOpen(null)
    if (opener?.isConnected) opener.focus()
  }

  return (
    <PaletteDialog
      types={types}
      {...(anchorLabel !== undefined ? { anchorLabel } : {})}
      initialSide={place.kind === 'before' ? 'before' : 'after'}
      onClose={close}
      onPick={(schemaType, side) => {
        setOpen(null)
        const target: InsertPlace =
          place.kind === 'end' ? place : { kind: side, blockId: place.blockId }
        commands.insert(target, schemaType)
      }}
    />
  )
}
