// One case's blocks as loaded inside a write transaction, with lookups by id or `blk_` slug.
import type { Queryable } from '../../storage/db'
import type { BlockRow, ElementRow } from './model'
import type { Placement } from './ordering'
import type { TinesRepository } from './repository'
import { numericId } from './body'

export class CaseState {
  constructor(
    readonly caseId: number,
    readonly blocks: BlockRow[],
    readonly elements: ElementRow[],
  ) {}

  static async load(repo: TinesRepository, q: Queryable, caseId: number): Promise<CaseState> {
    const blocks = await repo.blocksOf(q, caseId)
    const elements = await repo.elementsOf(
      q,
      blocks.map((b) => b.id),
    )
    return new CaseState(caseId, blocks, elements)
  }

  /** A block by numeric id or slug; ids of another case do not resolve. */
  find(ref: unknown): BlockRow | undefined {
    if (typeof ref === 'number') return this.blocks.find((b) => b.id === ref)
    if (typeof ref !== 'string') return undefined
    if (ref.startsWith('blk_')) return this.blocks.find((b) => b.slug === ref)
    const id = numericId(ref)
    return id === null ? undefined : this.blocks.find((b) => b.id === id)
  }

  placements(): Placement[] {
    return this.blocks.map((b) => ({ id: b.id, groupId: b.block_group_id, position: b.position }))
  }

  slugs(except?: number): Set<string> {
    return new Set(this.blocks.filter((b) => b.id !== except).map((b) => b.slug))
  }

  childrenOf(groupId: number): BlockRow[] {
    return this.blocks.filter((b) => b.block_group_id === groupId)
  }

  noteOf(blockId: number): ElementRow | undefined {
    return this.elements.find((e) => e.block_id === blockId && e.element_type === 'note')
  }
}
