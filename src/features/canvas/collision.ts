// Which card the pointer is over. Cards nest, so the smallest card under the pointer wins (a
// child over its container, an empty container's inside over the container); the held block and
// everything inside it are never targets. Keyboard drags do not use it: the controller steps.
import { closestCenter, pointerWithin } from '@dnd-kit/core'
import type { Collision, CollisionDetection } from '@dnd-kit/core'

/** Droppable id of an empty container's inside: this prefix and the container's id. */
export const INSIDE_PREFIX = 'inside:'

export interface CollisionSource {
  /** Ids that must not be dropped on: the held block and its descendants. */
  excluded(): ReadonlySet<string>
}

export function createCollisionDetection(source: CollisionSource): CollisionDetection {
  return (args) => {
    const excluded = source.excluded()
    const blockId = (id: string) =>
      id.startsWith(INSIDE_PREFIX) ? id.slice(INSIDE_PREFIX.length) : id
    const containers = args.droppableContainers.filter((c) => !excluded.has(blockId(String(c.id))))
    const filtered = { ...args, droppableContainers: containers }
    const within = pointerWithin(filtered)
    if (within.length > 0) return within.sort((a, b) => area(args, a) - area(args, b))
    return closestCenter(filtered).slice(0, 1)
  }
}

function area(args: Parameters<CollisionDetection>[0], collision: Collision): number {
  const rect = args.droppableRects.get(collision.id)
  return rect ? rect.width * rect.height : Number.POSITIVE_INFINITY
}
