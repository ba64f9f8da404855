// The palette's search: every typed word must appear in the type's label or name, so "her im"
// finds "Hero image". Order follows the schema, with label-prefix matches first.
import type { BlockTypeSchema } from '../../core/types'

export function filterBlockTypes(
  types: readonly BlockTypeSchema[],
  query: string,
): BlockTypeSchema[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...types]
  const matches = types.filter((t) => {
    const haystack = `${t.label} ${t.type}`.toLowerCase()
    return words.every((w) => haystack.includes(w))
  })
  const first = words[0] ?? ''
  const starts = (t: BlockTypeSchema): number => (t.label.toLowerCase().startsWith(first) ? 0 : 1)
  // Array.prototype.sort is stable, so equal ranks keep the schema order.
  return matches.sort((a, b) => starts(a) - starts(b))
}

/** Keeps the highlighted option inside the list as the user presses the arrow keys. */
export function moveHighlight(index: number, delta: number, count: number): number {
  if (count === 0) return -1
  if (index < 0) return delta > 0 ? 0 : count - 1
  return (index + delta + count) % count
}
