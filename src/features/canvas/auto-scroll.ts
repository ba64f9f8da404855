// How fast the canvas scrolls while a block is dragged near its top or bottom edge: in proportion
// to how deep the pointer is in the edge band, capped, so a drop lands where the user aims (the
// default of dnd-kit grows without bound with the held card's size and overshot).

export interface AutoScrollBand {
  /** Height of the band along each edge, in px. */
  band: number
  /** Pixels per frame at the very edge (and beyond it). */
  max: number
}

export const AUTO_SCROLL: AutoScrollBand = { band: 72, max: 14 }

/** Pixels to scroll this frame: negative up, positive down, 0 outside the bands. */
export function autoScrollStep(
  pointerY: number,
  top: number,
  bottom: number,
  { band, max }: AutoScrollBand = AUTO_SCROLL,
): number {
  const size = Math.min(band, (bottom - top) / 4)
  if (size <= 0) return 0
  const depth = (edgeDistance: number) => Math.min(1, Math.max(0, (size - edgeDistance) / size))
  const up = depth(pointerY - top)
  if (up > 0) return -Math.max(1, Math.round(up * max))
  const down = depth(bottom - pointerY)
  if (down > 0) return Math.max(1, Math.round(down * max))
  return 0
}
