// Where blocks sit, as pure functions over (id, group, position) triples. Decisions (see
// src/adapters/tines/README.md): position counts within the block's container (the top level or
// one group), hidden blocks count, and siblings shift to make room or to close a gap.

export interface Placement {
  id: number
  groupId: number | null
  position: number
}

const containerOf = (all: readonly Placement[], groupId: number | null): Placement[] =>
  all.filter((p) => p.groupId === groupId).sort((a, b) => a.position - b.position)

const renumber = (list: readonly Placement[], groupId: number | null): Placement[] =>
  list.map((p, position) => ({ id: p.id, groupId, position }))

/** Only the placements that differ from `before`: what has to be written. */
const changed = (before: readonly Placement[], after: readonly Placement[]): Placement[] =>
  after.filter((p) => {
    const old = before.find((b) => b.id === p.id)
    return !old || old.groupId !== p.groupId || old.position !== p.position
  })

/** Puts `id` (new or existing) at `position` of `groupId`; past the end means last. */
export const place = (
  all: readonly Placement[],
  id: number,
  groupId: number | null,
  position: number | null,
): Placement[] => {
  const current = all.find((p) => p.id === id)
  const rest = all.filter((p) => p.id !== id)
  const target = containerOf(rest, groupId)
  const index = position === null ? target.length : Math.min(Math.max(0, position), target.length)
  target.splice(index, 0, { id, groupId, position: index })
  const after = renumber(target, groupId)
  if (current && current.groupId !== groupId) {
    after.push(...renumber(containerOf(rest, current.groupId), current.groupId))
  }
  return changed(all, after)
}

/** Takes `ids` out (a block and possibly its children); the containers they leave close up. */
export const removeAll = (all: readonly Placement[], ids: ReadonlySet<number>): Placement[] => {
  const rest = all.filter((p) => !ids.has(p.id))
  const groups = new Set(all.filter((p) => ids.has(p.id)).map((p) => p.groupId))
  const after = [...groups].flatMap((g) => renumber(containerOf(rest, g), g))
  return changed(all, after)
}

/** A group deleted without its children: they take its place at the top level, in order. */
export const ungroup = (all: readonly Placement[], groupId: number): Placement[] => {
  const group = all.find((p) => p.id === groupId)
  if (!group) return []
  const children = containerOf(all, groupId)
  const top = containerOf(
    all.filter((p) => p.id !== groupId),
    group.groupId,
  )
  const at = top.findIndex((p) => p.position > group.position)
  top.splice(at === -1 ? top.length : at, 0, ...children)
  return changed(all, renumber(top, group.groupId))
}
