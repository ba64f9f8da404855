// How much of the editor toolbar fits on its one row. The toolbar never wraps: when its controls
// need more width than it has, the secondary ones (review, preview, variants, versions) move into
// a "More" menu (level 1), then undo and redo too (level 2). Measured rather than guessed from
// breakpoints, because each backend shows different controls and the save status changes width.

/** 0: every control on the row; 1: secondary controls in "More"; 2: history in "More" too. */
export type FitLevel = 0 | 1 | 2

export interface FitState {
  level: FitLevel
  /** The width each level needed when it last overflowed; 0 while unknown. */
  needed: readonly [number, number]
}

export interface FitMeasure {
  /** The width the row's content takes (scrollWidth). */
  contentWidth: number
  /** The width the row has (clientWidth). */
  availableWidth: number
}

export const INITIAL_FIT: FitState = { level: 0, needed: [0, 0] }

// Room to spare before a level comes back, so a row at the edge does not flip back and forth.
const SLACK = 8

export function nextFit(state: FitState, measure: FitMeasure): FitState {
  const { level, needed } = state
  if (measure.contentWidth > measure.availableWidth + 1 && level < 2) {
    const grown: [number, number] =
      level === 0 ? [measure.contentWidth, needed[1]] : [needed[0], measure.contentWidth]
    return { level: level === 0 ? 1 : 2, needed: grown }
  }
  if (level > 0) {
    const below = (level - 1) as 0 | 1
    if (measure.availableWidth >= needed[below] + SLACK) return { level: below, needed }
  }
  return state
}
