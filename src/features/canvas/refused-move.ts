// What the editor says when a drop is refused before anything changes (a container that takes
// only some block types, say): the core's reason without its "Operation 0 (moveAfter):" prefix.
export function refusedMoveText(label: string, message: string): string {
  return `Could not move ${label}: ${message.replace(/^Operation \d+ \(\w+\): /, '')}`
}
