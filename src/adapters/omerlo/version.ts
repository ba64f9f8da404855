// What an Omerlo document is, for comparing it with the editor's base. Omerlo has no version
// token; the token the editor keeps is a fingerprint of what Omerlo holds (its data, never a
// counter of ours), so two reads of the same content carry the same token. Entries the editor
// holds that Omerlo cannot (added, no target picked yet) are left out of the token, and are put
// back where they were into a read, so they never read as someone else's removal.
import type { Block } from '../../core'
import type { IdMap } from '../durable-id-map'
import { savedEntries } from './mappers'
import type { ReadDocument } from './read'

/** FNV-1a over the JSON of what Omerlo holds: cheap, stable across reloads and tabs. */
export function omerloVersion(blocks: readonly Block[]): string {
  const held = blocks.map((b) => [b.id, b.type, b.value, savedEntries(b)])
  const text = JSON.stringify(held)
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `omerlo-${text.length.toString(36)}-${hash.toString(36)}`
}

/**
 * A read in the base's terms: a block whose entries were not read keeps the base's (nothing of
 * them is replaced); entries without a target, which only the editor holds, go back after the
 * entry that preceded them in the base.
 */
export function withEditorOnlyParts(
  read: ReadDocument,
  base: readonly Block[],
  ids: IdMap,
): Block[] {
  const before = new Map(base.map((b) => [b.id, b]))
  return read.blocks.map((block) => {
    const old = before.get(block.id)
    if (!read.entries.has(ids.server(block.id))) {
      return old ? { ...block, children: [...(old.children ?? [])] } : block
    }
    if (!old) return block
    const saved = new Set(savedEntries(old).map((e) => e.id))
    const children = [...(block.children ?? [])]
    const oldChildren = old.children ?? []
    oldChildren.forEach((entry, i) => {
      if (saved.has(entry.id)) return
      const previous = oldChildren[i - 1]
      const at = previous ? children.findIndex((c) => c.id === previous.id) + 1 : 0
      children.splice(at, 0, entry)
    })
    return { ...block, children }
  })
}
