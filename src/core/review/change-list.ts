// The change list in plain words: "Moved “Hero” above “Intro”", "Changed the heading of
// “Intro”", "Added …", "Removed …", each line naming its block by its label (block-label.ts).
import type { Block, BlockTypeSchema } from '../types'
import { blockNames } from './block-names'
import type { BlockChange, BlockDiff, BlockPlace, ChangeLine, FieldChange } from './types'

export interface DescribeOptions {
  schema?: readonly BlockTypeSchema[]
  /**
   * The changes not saved yet (saved draft → what the editor shows): lines they account for are
   * marked pending.
   */
  pending?: BlockDiff
}

const MAX_NAMED_FIELDS = 3

/** "Heading" → "heading", keeping words that are all capitals (URL, CTA). */
function lower(label: string): string {
  return label.replace(
    /\b([A-Z])([a-z])/g,
    (_, first: string, rest: string) => first.toLowerCase() + rest,
  )
}

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

/** The changed fields by their top-level label: "the heading and subheading". */
function fieldsPhrase(fields: readonly FieldChange[], retyped: string | null): string {
  const names = [...new Set(fields.map((f) => lower(f.labels[0] ?? f.path[0] ?? '')))]
  if (retyped) names.unshift('type')
  if (names.length > MAX_NAMED_FIELDS) return `${names.length} fields`
  return `the ${listWords(names)}`
}

export function describeChanges(diff: BlockDiff, options: DescribeOptions = {}): ChangeLine[] {
  const typeOf = new Map((options.schema ?? []).map((t) => [t.type, t]))
  const name = blockNames(diff, options.schema)
  const kindOf = new Map(diff.blocks.map((c) => [c.blockId, c.kind]))
  // For each block of the draft, its nearest neighbours (in its container) that the other side
  // has too, and that also stayed where they were: a moved block is placed next to one that
  // stayed, an added one next to one that existed. Two passes per container, so a page of
  // thousands of new blocks stays linear.
  const existed = (c: BlockChange) => c.kind !== 'added'
  const stayed = (c: BlockChange) => existed(c) && !c.moved
  const containers = new Map<string | null, BlockChange[]>()
  for (const change of diff.blocks) {
    if (!change.place) continue
    const list = containers.get(change.place.parentId) ?? []
    list.push(change)
    containers.set(change.place.parentId, list)
  }
  type Near = { next?: BlockChange; previous?: BlockChange }
  const nearExisted = new Map<BlockChange, Near>()
  const nearStayed = new Map<BlockChange, Near>()
  for (const list of containers.values()) {
    for (const [near, steady] of [
      [nearExisted, existed],
      [nearStayed, stayed],
    ] as const) {
      let previous: BlockChange | undefined
      for (const change of list) {
        near.set(change, previous ? { previous } : {})
        if (steady(change)) previous = change
      }
      let next: BlockChange | undefined
      for (let i = list.length - 1; i >= 0; i -= 1) {
        const change = list[i] as BlockChange
        if (next) (near.get(change) as Near).next = next
        if (steady(change)) next = change
      }
    }
  }
  const pendingOf = new Map((options.pending?.blocks ?? []).map((c) => [c.blockId, c]))

  const where = (place: BlockPlace | null): string => {
    if (!place) return ''
    if (place.nextId) return ` above ${name(place.nextId)}`
    if (place.previousId) return ` below ${name(place.previousId)}`
    return place.parentId ? ` inside ${name(place.parentId)}` : ''
  }
  const nextTo = (change: BlockChange, near: Map<BlockChange, Near>): string => {
    const { next, previous } = near.get(change) ?? {}
    if (next) return ` above ${name(next.blockId)}`
    if (previous) return ` below ${name(previous.blockId)}`
    return ''
  }
  const isPending = (change: BlockChange, kind: ChangeLine['kind']): boolean => {
    const later = pendingOf.get(change.blockId)
    if (!later) return false
    if (kind === 'moved') return later.moved
    if (kind === 'changed') {
      const keys = new Set(later.fields.map((f) => f.path[0]))
      return (
        later.kind === 'changed' &&
        (keys.size === 0 || change.fields.some((f) => keys.has(f.path[0])))
      )
    }
    return later.kind === kind
  }

  const lines: ChangeLine[] = []
  const push = (change: BlockChange, kind: ChangeLine['kind'], text: string) => {
    lines.push({
      id: `${change.blockId}:${kind}`,
      blockId: change.blockId,
      kind,
      text,
      pending: isPending(change, kind),
      inDraft: change.after !== null,
    })
  }

  for (const change of diff.blocks) {
    const parentKind = (place: BlockPlace | null) =>
      place?.parentId ? kindOf.get(place.parentId) : undefined
    if (change.kind === 'added') {
      // A block added inside a block that is new too comes with its parent's line.
      if (parentKind(change.place) === 'added') continue
      push(
        change,
        'added',
        `Added ${name(change.blockId)}${nextTo(change, nearExisted) || where(change.place)}`,
      )
      continue
    }
    if (change.kind === 'removed') {
      if (parentKind(change.placeBefore) === 'removed') continue
      push(change, 'removed', `Removed ${name(change.blockId)}`)
      continue
    }
    if (change.moved) {
      const into =
        change.place?.parentId !== change.placeBefore?.parentId
          ? change.place?.parentId
            ? ` into ${name(change.place.parentId)}`
            : ' to the top level'
          : ''
      const anchor =
        nextTo(change, nearStayed) || where(change.place && { ...change.place, parentId: null })
      push(
        change,
        'moved',
        `Moved ${name(change.blockId)}${into}${into && anchor ? ',' : ''}${anchor}`,
      )
    }
    if (change.kind === 'changed') {
      const before = change.before as Block
      const after = change.after as Block
      const retyped =
        before.type === after.type ? null : (typeOf.get(after.type)?.label ?? after.type)
      const phrase = fieldsPhrase(change.fields, retyped)
      push(change, 'changed', `Changed ${phrase} of ${name(change.blockId)}`)
    }
  }
  return lines
}
