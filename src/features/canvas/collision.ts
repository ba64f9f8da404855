// Which card the pointer is over. Cards nest, so the smallest card under the pointer wins (a
// child over its container); the held block and everything inside it are never targets.
import { closestCenter, pointerWithin } from '@dnd-kit/core'
import type { Collision, CollisionDetection } from '@dnd-kit/core'

export interface CollisionSource {
  /** Ids that must not be dropped on: the held block and its descendants. */
  excluded(): ReadonlySet<string>
  /** During a keyboard drag the target is chosen by the arrow keys, not by geometry. */
  keyboardAnchor(): string | null | undefined
}

export function createCollisionDetection(source: CollisionSource): CollisionDetection {
  return (args) => {
    const excluded = source.excluded()
    const containers = args.droppableContainers.filter((c) => !excluded.has(String(c.id)))
    const keyboard = source.keyboardAnchor()
    if (keyboard !== undefined) {
      // Only a mounted card can be "over"; once scrolled into view it registers and this runs again.
      const hit = keyboard === null ? undefined : containers.find((c) => c.id === keyboard)
      return hit ? [{ id: hit.id, data: { droppableContainer: hit, value: 0 } }] : []
    }
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
