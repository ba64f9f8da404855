// Where the palette puts a new block, as the one operation that does it.
import type { NewBlock, Operation } from '../../core/types'

/** after/before a block, or at the end of a container (the top level when parentId is absent). */
export type InsertPlace =
  | { kind: 'after'; blockId: string }
  | { kind: 'before'; blockId: string }
  | { kind: 'end'; parentId?: string }

export function insertOperation(place: InsertPlace, block: NewBlock): Operation {
  switch (place.kind) {
    case 'after':
      return { op: 'insertAfter', blockId: place.blockId, block }
    case 'before':
      return { op: 'insertBefore', blockId: place.blockId, block }
    case 'end':
      return place.parentId === undefined
        ? { op: 'append', block }
        : { op: 'append', block, parentId: place.parentId }
  }
}
