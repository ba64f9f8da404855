// The side panel: the form of the selected block, generated from its schema. Each change is one
// `update` of that block with the changed field only (the store and planFlush merge typing).
import { memo, useCallback } from 'react'
import { blockLabel, findBlock } from '../../core'
import type { Block, BlockTypeSchema, FieldValues } from '../../core'
import { useEditorStore, useEditorStoreApi } from '../../store'
import { CommentButton } from '../comments/CommentButton'
import { useEditorUi } from '../editor/editor-ui'
import { RejectedFieldNotes } from '../save-status/RejectedChanges'
import { FieldList } from './FieldList'

export const FieldsPanel = memo(function FieldsPanel() {
  const ui = useEditorUi()
  const block = useEditorStore((s) => (s.selectedId ? findBlock(s.view, s.selectedId) : undefined))
  if (!block) {
    return (
      <div className="fields-panel fields-panel--empty">
        <h2 className="fields-panel__title">Fields</h2>
        <p className="muted">Select a block to edit its fields.</p>
      </div>
    )
  }
  const schemaType = ui.schemaByType.get(block.type)
  // Keyed by block: a new selection gets fresh drafts and a fresh rich-text editor.
  return <BlockForm key={block.id} block={block} schemaType={schemaType} />
})

function BlockForm({
  block,
  schemaType,
}: {
  block: Block
  schemaType: BlockTypeSchema | undefined
}) {
  const store = useEditorStoreApi()
  const ui = useEditorUi()
  const blockId = block.id
  const onPatch = useCallback(
    (patch: FieldValues, label: string) => {
      const failure = store
        .getState()
        .dispatch([{ op: 'update', blockId, value: patch }], `Edit ${label}`)
      if (failure) ui.notify(`${label} was not changed: ${failure.message}`)
    },
    [store, ui, blockId],
  )
  return (
    <form
      className="fields-panel"
      aria-label={`Fields of ${blockLabel(block, schemaType)}`}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="fields-panel__header">
        <span className="block-card__type">{schemaType?.label ?? block.type}</span>
        <h2 className="fields-panel__title">{blockLabel(block, schemaType)}</h2>
        <CommentButton blockId={blockId} blockLabel={blockLabel(block, schemaType)} />
      </div>
      {schemaType ? <RejectedFieldNotes blockId={blockId} fields={schemaType.fields} /> : null}
      {schemaType ? (
        schemaType.fields.length > 0 ? (
          <FieldList fields={schemaType.fields} values={block.value} onPatch={onPatch} />
        ) : (
          <p className="muted">This block type has no fields.</p>
        )
      ) : (
        <p className="muted">
          The schema has no block type “{block.type}”, so its fields cannot be edited here.
        </p>
      )}
    </form>
  )
}
