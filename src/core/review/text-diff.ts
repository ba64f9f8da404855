// Word-level diff of plain text (jsdiff's diffWords): what a reader compares, not characters.
import { diffWords } from 'diff'
import type { TextDiffPart } from './types'

/** Runs of shared, removed and added words; empty when both texts are empty. */
export function diffText(before: string, after: string): TextDiffPart[] {
  const parts: TextDiffPart[] = []
  for (const change of diffWords(before, after)) {
    if (change.value === '') continue
    const kind = change.added ? 'insert' : change.removed ? 'delete' : 'equal'
    const last = parts[parts.length - 1]
    if (last && last.kind === kind) last.text += change.value
    else parts.push({ kind, text: change.value })
  }
  return parts
}

/** True when a diff has anything but shared text. */
export function hasTextChanges(parts: readonly TextDiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'equal')
}
