// A small seeded PRNG (mulberry32): the same seed gives the same sequence on every machine, so a
// chaos run's fault sequence and gesture script are reproducible from one number.

export type Random = () => number

/** Numbers in [0, 1) from a 32-bit seed. */
export const mulberry32 = (seed: number): Random => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An integer in [min, max]. */
export const intBetween = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1))

/** One element of a non-empty list. */
export const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

/** A seed from text (CHAOS_SEED may be a word or a number). */
export const seedFrom = (text: string): number => {
  const number = Number(text)
  if (Number.isInteger(number)) return number >>> 0
  let hash = 2166136261
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619)
  return hash >>> 0
}
