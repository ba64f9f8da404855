// The block writes, each inside the caller's transaction on a locked case: create, update (title,
// position, hidden, block_group_id) and delete. Position rules are in ordering.ts.
import type { Queryable } from '../../storage/db'
import { checkHidden, checkPosition, checkTitle, invalid, isObject } from './body'
import type { Checked } from './body'
import type { CaseState } from './case-state'
import { hasNote, isBlockType, isColor, noteTypeOf } from './model'
import type { BlockRow } from './model'
import { place, removeAll, ungroup } from './ordering'
import type { TinesRepository } from './repository'
import { uniqueSlug } from './slug'

export interface WriteContext {
  repo: TinesRepository
  tx: Queryable
  state: CaseState
  now: string
}

/** The group a block goes into: undefined = unchanged, null = the top level. */
const targetGroup = (
  state: CaseState,
  raw: unknown,
  moving: BlockRow | { block_type: string; id: number },
): Checked<number | null | undefined> => {
  if (raw === undefined) return { ok: true, value: undefined }
  if (raw === null) return { ok: true, value: null }
  const group = state.find(raw)
  if (!group) return invalid(`block_group_id ${JSON.stringify(raw)} is not a block of this case.`)
  if (group.block_type !== 'block_group') {
    return invalid(`block_group_id ${JSON.stringify(raw)} is a ${group.block_type}, not a group.`)
  }
  if (moving.block_type === 'block_group') {
    return invalid('A block group cannot be nested within another block group.')
  }
  return { ok: true, value: group.id }
}

const noteElement = (type: string, raw: unknown): Checked<{ content: string; color: string }> => {
  const fallback = { content: '', color: 'white' }
  if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) {
    return { ok: true, value: fallback }
  }
  if (!hasNote(type)) return invalid(`A ${type} block cannot be created with elements.`)
  if (!Array.isArray(raw) || raw.length > 1 || !isObject(raw[0])) {
    return invalid('elements must be an array holding at most one note element.')
  }
  const { content = '', color = 'white', note_type: noteType } = raw[0]
  if (typeof content !== 'string') return invalid('elements[0].content must be a string.')
  if (!isColor(color)) return invalid(`elements[0].color ${JSON.stringify(color)} is not a color.`)
  // Tines' create names the note type (vendor-facts.md): "html" for html blocks, else "text". The
  // reference insists on it, so an adapter that leaves it out fails here and not on a tenant.
  if (noteType !== noteTypeOf(type)) {
    return invalid(
      `elements[0].note_type must be ${JSON.stringify(noteTypeOf(type))} for a ${type} block.`,
    )
  }
  return { ok: true, value: { content, color } }
}

export const createBlock = async (
  w: WriteContext,
  body: Record<string, unknown>,
): Promise<Checked<number>> => {
  const title = checkTitle(body.title)
  if (!title.ok) return title
  if (!isBlockType(body.block_type)) {
    return invalid(`block_type ${JSON.stringify(body.block_type)} is not a Tines block type.`)
  }
  const type = body.block_type
  const position = checkPosition(body.position)
  if (!position.ok) return position
  const hidden = checkHidden(body.hidden, false)
  if (!hidden.ok) return hidden
  const group = targetGroup(w.state, body.block_group_id, { block_type: type, id: 0 })
  if (!group.ok) return group
  const note = noteElement(type, body.elements)
  if (!note.ok) return note
  const slug = uniqueSlug(title.value, w.state.slugs())
  const id = await w.repo.insertBlock(w.tx, {
    caseId: w.state.caseId,
    slug,
    title: title.value,
    blockType: type,
    hidden: hidden.value,
    now: w.now,
  })
  const placements = place(w.state.placements(), id, group.value ?? null, position.value)
  await w.repo.writePlacements(w.tx, placements, null, w.now)
  if (hasNote(type)) {
    await w.repo.insertElement(w.tx, {
      blockId: id,
      elementType: 'note',
      content: note.value.content,
      noteType: noteTypeOf(type),
      color: note.value.color,
      fileJson: null,
      now: w.now,
    })
  }
  return { ok: true, value: id }
}

export const updateBlock = async (
  w: WriteContext,
  block: BlockRow,
  body: Record<string, unknown>,
): Promise<Checked<number>> => {
  const title =
    body.title === undefined ? { ok: true as const, value: block.title } : checkTitle(body.title)
  if (!title.ok) return title
  const position = checkPosition(body.position)
  if (!position.ok) return position
  const hidden = checkHidden(body.hidden, block.hidden)
  if (!hidden.ok) return hidden
  const group = targetGroup(w.state, body.block_group_id, block)
  if (!group.ok) return group
  const slug =
    title.value === block.title ? block.slug : uniqueSlug(title.value, w.state.slugs(block.id))
  await w.repo.updateBlock(
    w.tx,
    block.id,
    { title: title.value, slug, hidden: hidden.value },
    w.now,
  )
  const groupId = group.value === undefined ? block.block_group_id : group.value
  if (position.value !== null || groupId !== block.block_group_id) {
    const placements = place(w.state.placements(), block.id, groupId, position.value)
    await w.repo.writePlacements(w.tx, placements, block.id, w.now)
  }
  return { ok: true, value: block.id }
}

export const deleteBlock = async (
  w: WriteContext,
  block: BlockRow,
  includeChildren: boolean,
): Promise<void> => {
  const children = w.state.childrenOf(block.id)
  if (children.length > 0 && !includeChildren) {
    // Undocumented: without include_children the children survive, ungrouped, where the group was.
    await w.repo.writePlacements(w.tx, ungroup(w.state.placements(), block.id), null, w.now)
    await w.repo.deleteBlocks(w.tx, [block.id])
    return
  }
  const ids = new Set([block.id, ...children.map((c) => c.id)])
  await w.repo.deleteBlocks(w.tx, [...ids])
  await w.repo.writePlacements(w.tx, removeAll(w.state.placements(), ids), null, w.now)
}
