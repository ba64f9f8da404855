// Block types and stacks as Kragle sends them (vendor-facts.md).
import type { BlockTypeRow, Instance, StackRow } from './repository'

export interface PresentOptions {
  /** is_approved is left out when the list was filtered to public types. */
  approved: boolean
  resolved: boolean
}

export const presentType = (
  row: BlockTypeRow,
  options: PresentOptions = { approved: true, resolved: true },
): Record<string, unknown> => ({
  id: row.id,
  owner: row.owner,
  name: row.name,
  definition: row.definition,
  is_remote: row.isRemote,
  needs_approval: row.needsApproval,
  ...(options.approved ? { is_approved: row.isApproved } : {}),
  ...(options.resolved ? { resolved: row.resolved } : {}),
})

const RESERVED = new Set(['id', 'type', 'conversion', 'state', 'name'])

/**
 * A block instance as read: `{id, type, conversion, state}`; its name is not shown. Other keys
 * written in the entry's third element come back beside them (Kragle's handling of them is
 * undocumented; keeping them lets a client see that what it wrote survived).
 */
export const presentInstance = (instance: Instance): Record<string, unknown> => {
  const { state, ...rest } = instance.options
  const extra = Object.fromEntries(Object.entries(rest).filter(([key]) => !RESERVED.has(key)))
  return {
    id: instance.id,
    type: instance.type,
    conversion: instance.conversion,
    ...(state === undefined ? {} : { state }),
    ...extra,
  }
}

const stackFields = (row: StackRow) => ({
  id: row.id,
  owner: row.owner,
  name: row.name,
  webhook: null,
  webhook_method: null,
  webhook_token: null,
})

/** A stack as read; signed out, its blocks are only `{id, type}`. */
export const presentStack = (row: StackRow, signedIn: boolean): Record<string, unknown> => ({
  ...stackFields(row),
  blocks: row.blocks.map((instance) =>
    signedIn ? presentInstance(instance) : { id: instance.id, type: instance.type },
  ),
  jobs: [],
})

/** The answer to PUT /blockstacks/<id>: no blocks, the instance ids instead. */
export const presentWritten = (row: StackRow): Record<string, unknown> => ({
  id: row.id,
  owner: row.owner,
  name: row.name,
  is_approved: false,
  needs_approval: false,
  webhook: null,
  webhook_method: null,
  webhook_token: null,
  instances: row.blocks.map((instance) => instance.id),
  jobs: [],
})
