// Copy and paste of blocks. The clipboard lives in localStorage so a block copied in one record
// (or tab) can be pasted into another; pasting always gives fresh ids so the copy never collides
// with the original.
import type { Block } from '../../core/types'

export const CLIPBOARD_KEY = 'block-editor:clipboard'

interface ClipboardEntry {
  version: 1
  block: Block
}

/** A deep copy of a block and its children, each with a new id. */
export function cloneWithFreshIds(block: Block, newId: () => string): Block {
  const copy: Block = {
    id: newId(),
    type: block.type,
    value: structuredClone(block.value),
  }
  if (block.children) copy.children = block.children.map((child) => cloneWithFreshIds(child, newId))
  return copy
}

export function writeClipboard(storage: Storage, block: Block): void {
  const entry: ClipboardEntry = { version: 1, block }
  storage.setItem(CLIPBOARD_KEY, JSON.stringify(entry))
}

export function readClipboard(storage: Storage): Block | null {
  const raw = storage.getItem(CLIPBOARD_KEY)
  if (raw === null) return null
  try {
    const parsed: unknown = JSON.parse(raw)
    if (!isRecord(parsed) || parsed.version !== 1) return null
    return isBlock(parsed.block) ? parsed.block : null
  } catch {
    return null
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isBlock(value: unknown): value is Block {
  if (!isRecord(value)) return false
  if (typeof value.id !== 'string' || typeof value.type !== 'string') return false
  if (!isRecord(value.value)) return false
  if (value.children === undefined) return true
  return Array.isArray(value.children) && value.children.every(isBlock)
}
