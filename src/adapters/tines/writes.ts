// The Tines calls that carry one change: create (with children), update, move, delete. Each is a
// step run later, in order, so ids the backend assigns to earlier creates are known by then.
import { deepEqual } from '../../core'
import type { Block } from '../../core/types'
import type { HttpRequest } from '../http'
import { AdapterError } from '../types'
import { BLOCK_KEYS, contentKey, hasNote } from './block-types'
import type { IdMap } from './id-map'
import { createBody } from './mappers'
import { one, unwrap } from '../tolerant-shapes'
import { blockSchema } from './schemas'
import { parse } from './validate'

export interface Writer {
  ids: IdMap
  /** A request under /cases/{case_id}/blocks. */
  request(path: string, init: HttpRequest): Promise<unknown>
}

export type Step = () => Promise<void>

const blockPath = (w: Writer, clientId: string): string =>
  `/${encodeURIComponent(w.ids.server(clientId))}`

export function createSteps(
  w: Writer,
  block: Block,
  parentId: string | null,
  position: number,
): Step[] {
  const create: Step = async () => {
    const group = parentId === null ? null : w.ids.server(parentId)
    const reply = await w.request('', { method: 'POST', body: createBody(block, position, group) })
    // The document shows `{block}` for a PUT's answer; a create's is not shown, so bare or
    // `{data}` is accepted too.
    const created = parse(blockSchema, one(unwrap(reply, ['block'])), 'created block')
    w.ids.alias(block.id, String(created.id))
    const note = created.elements?.find((e) => e.element_type === 'note')
    if (note) w.ids.setElement(String(created.id), note.element_id)
  }
  const children = (block.children ?? []).flatMap((child, index) =>
    createSteps(w, child, block.id, index),
  )
  return [create, ...children]
}

/** Only the keys whose value changes are sent, so a repeated update sends nothing twice. */
export function updateSteps(w: Writer, before: Block, after: Block): Step[] {
  const changed = (key: string) => !deepEqual(before.value[key], after.value[key])
  const steps: Step[] = []
  const blockBody: Record<string, unknown> = {}
  for (const key of BLOCK_KEYS) if (changed(key)) blockBody[key] = after.value[key]
  if (Object.keys(blockBody).length > 0) {
    steps.push(async () => {
      await w.request(blockPath(w, after.id), { method: 'PUT', body: blockBody })
    })
  }
  if (!hasNote(after.type)) return steps
  const elementBody: Record<string, unknown> = {}
  if (changed('color')) elementBody.color = after.value.color
  if (changed(contentKey(after.type))) elementBody.content = after.value[contentKey(after.type)]
  if (Object.keys(elementBody).length > 0) {
    steps.push(async () => {
      const element = w.ids.element(after.id)
      if (element === undefined) {
        throw new AdapterError('validation', `Block "${after.id}" has no note element to edit.`)
      }
      await w.request(`${blockPath(w, after.id)}/elements/${element}`, {
        method: 'PUT',
        body: elementBody,
      })
    })
  }
  return steps
}

/** One PUT with the new position, and block_group_id when the block changes container. */
export function moveStep(
  w: Writer,
  id: string,
  from: { parentId: string | null },
  to: { parentId: string | null; index: number },
): Step {
  return async () => {
    const body: Record<string, unknown> = { position: to.index }
    if (from.parentId !== to.parentId) {
      body.block_group_id = to.parentId === null ? null : Number(w.ids.server(to.parentId))
    }
    await w.request(blockPath(w, id), { method: 'PUT', body })
  }
}

export function removeStep(w: Writer, block: Block): Step {
  // The core removes a group with its children, so Tines is asked to do the same.
  const query = block.type === 'block_group' ? '?include_children=true' : ''
  return async () => {
    await w.request(`${blockPath(w, block.id)}${query}`, { method: 'DELETE' })
  }
}
