// Owns the palette's open state: opened through EditorUi by any "Add block" button, it inserts
// with one dispatch and otherwise gives focus back to the button that opened it.
import { useEffect, useState } from 'react'
import { blockLabel, findBlock } from '../../core'
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

  const close = () => {
    setOpen(null)
    if (opener?.isConnected) opener.focus()
  }

  return (
    <PaletteDialog
      types={schema}
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
