// How deep nested blocks are drawn. Deeper levels exist and are kept (the outline lists them and
// every operation still reaches them); the canvas and the preview stop drawing there with a note,
// so a page nested hundreds of levels deep cannot exhaust React's stack or freeze the tab.
export const MAX_DRAWN_DEPTH = 24

/** How many levels lie below a block (iterative: the tree may be deeper than any stack). */
export function levelsBelow(
  children: readonly { children?: readonly unknown[] | undefined }[],
): number {
  let level = 0
  let frontier: readonly { children?: readonly unknown[] | undefined }[] = children
  while (frontier.length > 0 && level < 10_000) {
    level += 1
    const next: { children?: readonly unknown[] | undefined }[] = []
    for (const node of frontier) {
      for (const child of node.children ?? []) next.push(child as (typeof next)[number])
    }
    frontier = next
  }
  return level
}
