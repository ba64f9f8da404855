// Who else is on the record, reduced from the server's full presence list: the others (this
// tab left out) in a stable order, and who is on each block. Pure; unchanged people and blocks
// keep their previous objects, so a React selector on one block re-renders only that block.
import type { LivePerson } from './live-events'

export type Person = LivePerson

export interface PresenceSnapshot {
  /** Everyone on the record but this tab, longest there first. */
  others: readonly Person[]
  /** The others by the block they have selected. */
  byBlock: ReadonlyMap<string, readonly Person[]>
}

export const EMPTY_PRESENCE: PresenceSnapshot = { others: [], byBlock: new Map() }
export const NOBODY: readonly Person[] = []

function samePerson(a: Person, b: Person): boolean {
  return (
    a.tab === b.tab &&
    a.userId === b.userId &&
    a.name === b.name &&
    a.blockId === b.blockId &&
    a.typing === b.typing &&
    a.since === b.since
  )
}

function sameList(a: readonly Person[], b: readonly Person[]): boolean {
  return a.length === b.length && a.every((person, i) => samePerson(person, b[i] as Person))
}

function bySince(a: Person, b: Person): number {
  if (a.since !== b.since) return a.since < b.since ? -1 : 1
  return a.tab < b.tab ? -1 : a.tab > b.tab ? 1 : 0
}

export function reducePresence(
  previous: PresenceSnapshot,
  people: readonly Person[],
  ownTab: string,
): PresenceSnapshot {
  const seen = new Set<string>()
  const others: Person[] = []
  for (const person of people) {
    // The server lists a tab once; a duplicate would draw two outlines for one person.
    if (person.tab === ownTab || seen.has(person.tab)) continue
    seen.add(person.tab)
    others.push(person)
  }
  others.sort(bySince)
  if (sameList(others, previous.others)) return previous

  const grouped = new Map<string, Person[]>()
  for (const person of others) {
    if (person.blockId === null) continue
    const list = grouped.get(person.blockId)
    if (list) list.push(person)
    else grouped.set(person.blockId, [person])
  }
  const byBlock = new Map<string, readonly Person[]>()
  for (const [blockId, list] of grouped) {
    const before = previous.byBlock.get(blockId)
    byBlock.set(blockId, before && sameList(before, list) ? before : list)
  }
  return { others, byBlock }
}

/** What changed for the announcement: who started editing which block (null: nothing new). */
export function newlyEditing(
  previous: PresenceSnapshot,
  next: PresenceSnapshot,
): { person: Person; blockId: string } | null {
  for (const person of next.others) {
    if (person.blockId === null) continue
    const before = previous.others.find((p) => p.tab === person.tab)
    if (before?.blockId !== person.blockId) return { person, blockId: person.blockId }
  }
  return null
}
