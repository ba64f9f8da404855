// The palette's search: every typed word must appear in what describes the type — its label, its
// name, its fields' labels and keys, and words for what its fields hold ("image" finds the types
// with an upload, "link" those with a relationship). Label matches rank first, then name
// matches, then matches on what a type holds; equal ranks keep the schema's order.
import type { BlockTypeSchema, FieldSchema, FieldType } from '../../core/types'

const HOLDS: Readonly<Record<FieldType, string>> = {
  text: 'text',
  richText: 'rich text formatted paragraph body',
  number: 'number',
  checkbox: 'checkbox toggle',
  select: 'select choice option',
  date: 'date time calendar',
  relationship: 'relationship link reference record',
  upload: 'upload image picture photo media file',
  customObject: 'object settings configuration json',
  array: 'list items repeat',
  group: 'group',
}

function fieldWords(fields: readonly FieldSchema[], depth = 0): string {
  if (depth > 3) return ''
  return fields
    .map((f) => `${f.label} ${f.key} ${HOLDS[f.type]} ${fieldWords(f.fields ?? [], depth + 1)}`)
    .join(' ')
}

export function filterBlockTypes(
  types: readonly BlockTypeSchema[],
  query: string,
): BlockTypeSchema[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...types]
  const ranked: { type: BlockTypeSchema; rank: number }[] = []
  for (const t of types) {
    const name = `${t.label} ${t.type}`.toLowerCase()
    const holds = `${name} ${fieldWords(t.fields).toLowerCase()}`
    if (!words.every((w) => holds.includes(w))) continue
    const first = words[0] ?? ''
    const rank = t.label.toLowerCase().startsWith(first)
      ? 0
      : words.every((w) => name.includes(w))
        ? 1
        : 2
    ranked.push({ type: t, rank })
  }
  // Array.prototype.sort is stable, so equal ranks keep the schema order.
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.type)
}

/** Keeps the highlighted option inside the list as the user presses the arrow keys. */
export function moveHighlight(index: number, delta: number, count: number): number {
  if (count === 0) return -1
  if (index < 0) return delta > 0 ? 0 : count - 1
  return (index + delta + count) % count
}
