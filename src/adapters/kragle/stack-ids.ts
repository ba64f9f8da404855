// For blocks Kragle sends without an instance id (tolerated, not expected: vendor-facts.md says
// reads carry them): the adapter names each such entry and keeps that name for its lifetime:
// every read of a stack is matched against the last version it saw (read or written). An entry equal to a known one takes its id (first
// unused, in order); one that changed keeps the id of the first unused known entry of its type;
// the rest are new. So ids survive saves, and other clients' edits keep ids where they can.
import { deepEqual } from '../../core'
import type { KragleEntry } from './mappers'

interface Known {
  entries: KragleEntry[]
  ids: string[]
}

export class StackIds {
  private readonly known = new Map<string, Known>()
  private serial = 0

  next(): string {
    this.serial += 1
    return `kragle-entry-${this.serial}`
  }

  /** Ids for `entries` as read now from stack `stackId`; remembered as its latest version. */
  assign(stackId: string, entries: readonly KragleEntry[]): string[] {
    const before = this.known.get(stackId) ?? { entries: [], ids: [] }
    const used = new Set<number>()
    const ids: (string | undefined)[] = entries.map((entry) => {
      const index = before.entries.findIndex((old, i) => !used.has(i) && deepEqual(old, entry))
      if (index < 0) return undefined
      used.add(index)
      return before.ids[index]
    })
    const named = ids.map((id, position) => {
      if (id !== undefined) return id
      const type = entries[position]?.[0]
      const index = before.entries.findIndex((old, i) => !used.has(i) && old[0] === type)
      if (index < 0) return this.next()
      used.add(index)
      return before.ids[index] ?? this.next()
    })
    this.remember(stackId, entries, named)
    return named
  }

  remember(stackId: string, entries: readonly KragleEntry[], ids: readonly string[]): void {
    this.known.set(stackId, { entries: structuredClone([...entries]), ids: [...ids] })
  }
}
