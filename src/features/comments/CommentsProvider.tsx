// The record's comments for the screen below it: one query (['comments', recordKey]), the
// per-block counts the canvas badges read, and the thread panel of the block someone opened.
import { useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import type { RecordRef } from '../../adapters/types'
import { blockLabel, findBlock } from '../../core'
import { useEditorStore } from '../../store'
import { commentRecordKey, useBackendId, useComments } from '../../sync'
import { CommentsContext, type CommentsApi, type PanelTarget } from './comments-context'
import { createCountStore } from './count-store'
import { ThreadPanel } from './ThreadPanel'
import './comments.css'

interface OpenPanel {
  target: PanelTarget
  opener: HTMLElement | null
}

export function CommentsProvider(props: { recordRef: RecordRef; children: ReactNode }) {
  const recordKey = commentRecordKey(useBackendId(), props.recordRef)
  const [counts] = useState(createCountStore)
  const threads = useComments(recordKey)
  const [panel, setPanel] = useState<OpenPanel | null>(null)
  useEffect(() => {
    if (threads.data) counts.update(threads.data)
  }, [threads.data, counts])

  const api = useMemo<CommentsApi>(
    () => ({ recordKey, counts, open: (target, opener) => setPanel({ target, opener }) }),
    [recordKey, counts],
  )
  const close = () => {
    const opener = panel?.opener
    const blockId = panel?.target.blockId
    setPanel(null)
    // Back where the user was; when that control is gone (the card scrolled away), the block.
    if (opener?.isConnected) opener.focus()
    else if (blockId) focusBlockHandle(blockId)
  }

  return (
    <CommentsContext.Provider value={api}>
      {props.children}
      {panel ? (
        <PanelForBlock
          key={`${panel.target.blockId}:${String(panel.target.startNew)}`}
          target={panel.target}
          recordKey={recordKey}
          onClose={close}
        />
      ) : null}
    </CommentsContext.Provider>
  )
}

function PanelForBlock(props: { target: PanelTarget; recordKey: string; onClose(): void }) {
  const blockId = props.target.blockId
  const label = useEditorStore((s) => {
    const block = findBlock(s.view, blockId)
    return block
      ? blockLabel(
          block,
          s.schema.find((t) => t.type === block.type),
        )
      : undefined
  })
  return <ThreadPanel {...props} currentLabel={label} />
}

function focusBlockHandle(blockId: string): void {
  const escaped = blockId.replace(/["\\]/g, '\\$&')
  document.querySelector<HTMLElement>(`li[data-block-id="${escaped}"] [data-drag-handle]`)?.focus()
}
