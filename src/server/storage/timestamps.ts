// updatedAt values are version tokens: ISO strings with milliseconds that strictly increase per
// record, so two writes in the same millisecond still produce two different tokens.

export const nextTimestamp = (previous: string | null, now: number = Date.now()): string => {
  const floor = previous === null ? Number.NEGATIVE_INFINITY : Date.parse(previous) + 1
  return new Date(Math.max(now, Number.isNaN(floor) ? now : floor)).toISOString()
}
