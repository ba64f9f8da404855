// Inserted blocks get their ids in the browser, before they are queued, so the optimistic view,
// the undo history and the backend all name a new block the same way (no id remapping on flush).
import type { NewBlock, Operation } from '../core'

function withId(block: NewBlock, generateId: () => string): NewBlock {
  const children = block.children?.map((child) => withId(child, generateId))
  const id = block.id ?? generateId()
  return children ? { ...block, id, children } : { ...block, id }
}

export function assignIds(ops: readonly Operation[], generateId: () => string): Operation[] {
  return ops.map((op) => {
    switch (op.op) {
      case 'insertBefore':
      case 'insertAfter':
      case 'append':
      case 'prepend':
        return { ...op, block: withId(op.block, generateId) }
      case 'replaceAll':
        return { ...op, blocks: op.blocks.map((block) => withId(block, generateId)) }
      default:
        return op
    }
  })
}

/** The block an operation is about, for showing errors and conflicts on it. */
export function operationBlockId(op: Operation): string | null {
  switch (op.op) {
    case 'update':
    case 'remove':
    case 'moveBefore':
    case 'moveAfter':
      return op.blockId
    case 'insertBefore':
    case 'insertAfter':
    case 'append':
    case 'prepend':
      return op.block.id ?? null
    case 'replaceAll':
      return null
  }
}

/** A random 24-hex-digit id like Basker's; getRandomValues works outside secure contexts too. */
export function randomBlockId(): string {
  const bytes = new Uint8Array(12)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
