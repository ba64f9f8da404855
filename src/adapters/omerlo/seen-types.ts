// Omerlo documents no listing of block types (vendor-facts.md). What the editor knows of them is
// what the answers carry: the types side-loaded in `assocs.profile_block_types`, each block's own
// `block_type_id` and `kind` (or an embedded `block_type`), and, for a block whose kind nothing
// names, its entries (contents point at a content block). Learnt across every record read.
import type { BlockTypeSchema } from '../../core/types'
import { editorBlockTypes } from './model'
import type { OmerloBlock, OmerloBlockType, OmerloEntry } from './schemas'

export class SeenTypes {
  private readonly types = new Map<string, OmerloBlockType>()

  learn(types: readonly OmerloBlockType[], blocks: readonly OmerloBlock[]): void {
    for (const t of types) this.merge(t)
    for (const b of blocks) {
      const embedded = b.block_type
      this.merge({
        id: b.block_type_id,
        ...(embedded?.name ? { name: embedded.name } : {}),
        ...((b.kind ?? embedded?.kind) ? { kind: (b.kind ?? embedded?.kind) as string } : {}),
      })
    }
  }

  /** Entries that point at contents say their block holds contents, when nothing else said. */
  learnFromEntries(typeId: string, entries: readonly OmerloEntry[]): void {
    if (this.types.get(typeId)?.kind) return
    if (entries.some((e) => e.content_id)) this.merge({ id: typeId, kind: 'selected_contents' })
  }

  kindOf(typeId: string): string | undefined {
    return this.types.get(typeId)?.kind
  }

  has(typeId: string): boolean {
    return this.types.has(typeId)
  }

  schema(): BlockTypeSchema[] {
    return editorBlockTypes([...this.types.values()])
  }

  /** A name or kind, once known, is never forgotten because a later answer left it out. */
  private merge(t: OmerloBlockType): void {
    const known = this.types.get(t.id)
    this.types.set(t.id, { ...known, ...t, id: t.id })
  }
}
