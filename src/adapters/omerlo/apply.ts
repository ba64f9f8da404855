// One flush against Omerlo: check the operations locally, re-read the arrays about to be
// replaced and compare them with the editor's base (Omerlo has no concurrency guard), then send
// the blocks PUT, the PATCHes and the entries PUTs. New blocks and entries get their Omerlo ids
// from the answers, by position, and keep their editor ids through the IdMap.
import type { Block, BlockTypeSchema, Operation } from '../../core/types'
import type { ApplyContext, ApplyOutcome, RecordRef } from '../types'
import { planLocally } from './guards'
import type { IdMap } from '../durable-id-map'
import {
  blocksPutBody,
  entriesPutBody,
  localizedShapeOf,
  patchBodies,
  savedEntries,
} from './mappers'
import { checkAgainstServer, planWrites } from './plan-writes'
import { profilePath, readDocument } from './read'
import type { Request } from './read'
import { parseBlocks, parseEntries } from './schemas'
import type { SeenTypes } from './seen-types'

export interface ApplyDeps {
  request: Request
  ids: IdMap
  types: SeenTypes
  schema: readonly BlockTypeSchema[]
}

const enc = encodeURIComponent

let writes = 0
/**
 * Omerlo has no version token. A null version would make the sync layer re-read the whole record
 * before the next write, which this adapter does anyway for exactly the arrays it replaces, and
 * which would drop an entry still waiting for its target. So a write answers with a local token:
 * "the blocks returned are what Omerlo holds (plus entries not sent yet)".
 */
const writtenVersion = (): string => {
  writes += 1
  return `omerlo-local-${writes}`
}

/** The block as Omerlo holds it, with the editor's new values for the keys the editor changed. */
const patchTarget = (old: Block, mine: Block, theirs: Block): Block => {
  const value = { ...theirs.value }
  for (const key of Object.keys(mine.value)) {
    if (JSON.stringify(old.value[key]) !== JSON.stringify(mine.value[key])) {
      value[key] = mine.value[key]
    }
  }
  return { ...theirs, value }
}

export async function applyAll(
  deps: ApplyDeps,
  ref: RecordRef,
  ops: readonly Operation[],
  ctx: ApplyContext,
): Promise<ApplyOutcome> {
  const { request, ids } = deps
  const signal = ctx.signal ? { signal: ctx.signal } : {}
  const kindOf = (typeId: string) => deps.types.kindOf(typeId)
  const final = planLocally(ctx.base, ops, deps.schema, kindOf)
  const wanted = planWrites(ctx.base, final, ids)
  if (!wanted.blocksPut && wanted.patches.length === 0 && wanted.entries.length === 0) {
    return { version: writtenVersion(), blocks: final }
  }
  const touched = new Set([...wanted.entries, ...wanted.removed].map((id) => ids.server(id)))
  const held = await readDocument(request, ref, { ids, types: deps.types, ...signal }, (id) =>
    touched.has(id),
  )
  const shape = localizedShapeOf(held.held)
  const plan = checkAgainstServer(wanted, ctx.base, final, held.blocks, ids, deps.schema)
  const path = profilePath(ref)
  const result = final.map((b) => ({ ...b, children: [...(b.children ?? [])] }))

  if (plan.blocksPut) {
    const heldById = new Map(held.held.map((b) => [b.id, b]))
    const body = blocksPutBody(final, heldById, ids, shape)
    const reply = parseBlocks(
      await request(`${path}/blocks`, { method: 'PUT', body, ...signal }),
      'blocks PUT answer',
    )
    deps.types.learn(reply.types, reply.blocks)
    final.forEach((block, i) => {
      const created = reply.blocks[i]
      if (created && !heldById.has(ids.server(block.id))) ids.alias(block.id, created.id)
    })
  }

  const heldBlocks = new Map(held.blocks.map((b) => [b.id, b]))
  const base = new Map(ctx.base.map((b) => [b.id, b]))
  for (const id of plan.patches) {
    const old = base.get(id)
    const mine = final.find((b) => b.id === id)
    const theirs = heldBlocks.get(id)
    if (!old || !mine || !theirs) continue
    const read = held.held.find((b) => b.id === ids.server(id))
    const blockShape = Array.isArray(read?.localized) ? 'array' : shape
    for (const body of patchBodies(theirs, patchTarget(old, mine, theirs), blockShape)) {
      await request(`${path}/blocks/${enc(ids.server(id))}`, { method: 'PATCH', body, ...signal })
    }
  }

  for (const id of plan.entries) {
    const index = final.findIndex((b) => b.id === id)
    const block = final[index]
    if (!block) continue
    const heldEntries = new Map((held.entries.get(ids.server(id)) ?? []).map((e) => [e.id, e]))
    const body = entriesPutBody(block, heldEntries, ids)
    const reply = parseEntries(
      await request(`${path}/blocks/${enc(ids.server(id))}/entries`, {
        method: 'PUT',
        body,
        ...signal,
      }),
      'entries PUT answer',
    )
    // The answer lists the entries in the order sent: new ones learn their Omerlo ids, and every
    // one what it points at, when Omerlo says.
    const titles = new Map<string, string>()
    savedEntries(block).forEach((entry, i) => {
      const written = reply[i]
      if (!written) return
      if (!heldEntries.has(ids.server(entry.id))) ids.alias(entry.id, written.entry.id)
      if (written.label) titles.set(entry.id, written.label)
    })
    const target = result[index]
    if (target) {
      target.children = target.children.map((entry) => {
        const title = titles.get(entry.id)
        return title === undefined ? entry : { ...entry, value: { ...entry.value, title } }
      })
    }
  }
  return { version: writtenVersion(), blocks: result }
}
