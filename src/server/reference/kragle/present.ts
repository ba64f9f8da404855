// Block types and stacks as Kragle sends them.
import type { BlockTypeRow, StackRow } from './repository'

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

export const presentStack = (row: StackRow): Record<string, unknown> => ({
  id: row.id,
  owner: row.owner,
  name: row.name,
  blocks: row.blocks,
})
