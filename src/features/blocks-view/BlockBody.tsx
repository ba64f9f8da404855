// One block drawn as the page shows it — the one rendering the canvas and the preview share.
// The view is the backend's own for a known type, else the schema-driven generic view. With
// `edit` (the selected block on the canvas only) its text and rich-text fields are editors in
// place; without it nothing mounts an editor, so long pages stay cheap.
import { memo, useMemo } from 'react'
import type { Block, BlockTypeSchema } from '../../core'
import { useBackendId } from '../../sync'
import { viewFor } from './backend-views'
import { BlockViewContext, fieldsByKey } from './view-context'
import type { BlockViewData, InPlaceEditing } from './view-context'

export const BlockBody = memo(function BlockBody(props: {
  block: Block
  schemaType: BlockTypeSchema | undefined
  edit?: InPlaceEditing | undefined
  now?: Date
}) {
  const { block, schemaType, edit } = props
  const backend = useBackendId()
  const fields = useMemo(() => fieldsByKey(schemaType), [schemaType])
  const now = props.now
  const data = useMemo<BlockViewData>(
    () => ({
      blockId: block.id,
      values: block.value,
      schemaType,
      fields,
      edit,
      now: now ?? new Date(),
    }),
    [block.id, block.value, schemaType, fields, edit, now],
  )
  const View = viewFor(backend, block.type, schemaType)
  return (
    <BlockViewContext.Provider value={data}>
      <div className={`bv bv--${block.type}`} data-editing={edit ? '' : undefined}>
        <View />
      </div>
    </BlockViewContext.Provider>
  )
})
