// One flush against Omerlo, as a whole-document backend (../shared/whole-document-writer.ts):
// Omerlo has no concurrency guard, so the driver re-reads what this flush may replace, compares
// it with the base and rebases in core; this file says how Omerlo reads (only the arrays it may
// replace), and how the change from what it holds to the final document becomes its writes: the
// blocks PUT, the PATCHes and the entries PUTs, each only where the two differ. New blocks and
// entries get their Omerlo ids from the answers, by position, and keep their editor ids through
// the IdMap.
import type { ApplyAsBackend, Block, BlockTypeSchema, Operation } from '../../core'
import { writeWholeDocument } from '../shared/whole-document-writer'
import type { ApplyContext, ApplyOutcome, RecordRef } from '../types'
import { planLocally } from './guards'
import type { IdMap } from '../durable-id-map'
import { AdapterError } from '../types'
import {
  blocksPutBody,
  entriesPutBody,
  localizedShapeOf,
  patchBodies,
  savedEntries,
} from './mappers'
import { planWrites } from './plan-writes'
import { profilePath, readDocument } from './read'
import type { ReadDocument, Request } from './read'
import { parseBlocks, parseEntries } from './schemas'
import type { SeenTypes } from './seen-types'
import { omerloVersion, withEditorOnlyParts } from './version'

export interface ApplyDeps {
  request: Request
  ids: IdMap
  types: SeenTypes
  schema: readonly BlockTypeSchema[]
}

const enc = encodeURIComponent

const nothingToWrite = (plan: ReturnType<typeof planWrites>) =>
  !plan.blocksPut && plan.patches.length === 0 && plan.entries.length === 0

export function applyAll(
  deps: ApplyDeps,
  ref: RecordRef,
  ops: readonly Operation[],
  ctx: ApplyContext,
): Promise<ApplyOutcome> {
  const kindOf = (typeId: string) => deps.types.kindOf(typeId)
  // Omerlo's rules (blocks at the top, entries of their block's kind) on top of core's.
  const apply: ApplyAsBackend = (doc, list) => {
    try {
      const blocks = planLocally([...doc], list, deps.schema, kindOf)
      return { ok: true, blocks, insertedIds: [] }
    } catch (error) {
      if (!(error instanceof AdapterError)) throw error
      return {
        ok: false,
        index: error.details.operationIndex ?? 0,
        reason: 'invalid-operation',
        message: error.message,
        ...(error.details.blockId === undefined ? {} : { blockId: error.details.blockId }),
      }
    }
  }
  return writeWholeDocument<ReadDocument | null>(
    {
      rules: () => apply,
      read: (_ref, want, signal) => readWhatMayChange(deps, ref, want, signal),
      write: (_ref, change, signal) => writeChange(deps, ref, change, signal),
      landed: (final) => ({ version: omerloVersion(final), blocks: final }),
    },
    ref,
    ops,
    ctx,
  )
}

/**
 * The document as Omerlo holds it, read only where this flush may write: the block list, and the
 * entries of the blocks whose entries change or which it removes. The rest is as in the base
 * (nothing of it is replaced), and so is a flush that writes nothing (no request at all).
 */
async function readWhatMayChange(
  deps: ApplyDeps,
  ref: RecordRef,
  want: { base: readonly Block[]; planned: readonly Block[] },
  signal?: AbortSignal,
): Promise<{ blocks: Block[]; held: ReadDocument | null }> {
  const { ids } = deps
  const wanted = planWrites(want.base, want.planned, ids)
  if (nothingToWrite(wanted)) return { blocks: [...want.base], held: null }
  const touched = new Set([...wanted.entries, ...wanted.removed].map((id) => ids.server(id)))
  const held = await readDocument(
    deps.request,
    ref,
    { ids, types: deps.types, ...(signal ? { signal } : {}) },
    (id) => touched.has(id),
  )
  return { blocks: withEditorOnlyParts(held, want.base, ids), held }
}

/** The writes that turn what Omerlo holds (`from`) into `final`; nothing else is sent. */
async function writeChange(
  deps: ApplyDeps,
  ref: RecordRef,
  { from, final, held }: { from: Block[]; final: Block[]; held: ReadDocument | null },
  signal?: AbortSignal,
): Promise<ApplyOutcome> {
  const { request, ids } = deps
  const plan = planWrites(from, final, ids)
  const result = final.map((b) => ({ ...b, children: [...(b.children ?? [])] }))
  if (nothingToWrite(plan) || !held) return { version: omerloVersion(result), blocks: result }
  const init = signal ? { signal } : {}
  const shape = localizedShapeOf(held.held)
  const path = profilePath(ref)

  if (plan.blocksPut) {
    const heldById = new Map(held.held.map((b) => [b.id, b]))
    const body = blocksPutBody(final, heldById, ids, shape)
    const reply = parseBlocks(
      await request(`${path}/blocks`, { method: 'PUT', body, ...init }),
      'blocks PUT answer',
    )
    deps.types.learn(reply.types, reply.blocks)
    final.forEach((block, i) => {
      const created = reply.blocks[i]
      if (created && !heldById.has(ids.server(block.id))) ids.alias(block.id, created.id)
    })
  }

  const theirs = new Map(from.map((b) => [b.id, b]))
  for (const id of plan.patches) {
    const before = theirs.get(id)
    const mine = final.find((b) => b.id === id)
    if (!before || !mine) continue
    const read = held.held.find((b) => b.id === ids.server(id))
    const blockShape = Array.isArray(read?.localized) ? 'array' : shape
    for (const body of patchBodies(before, mine, blockShape)) {
      await request(`${path}/blocks/${enc(ids.server(id))}`, { method: 'PATCH', body, ...init })
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
        ...init,
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
  return { version: omerloVersion(result), blocks: result }
}
