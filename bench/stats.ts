// Summaries of repeated measurements; the benchmark prints figures, it never asserts them.

export interface Summary {
  samples: number
  min: number
  median: number
  max: number
}

const round = (value: number): number => Math.round(value * 10) / 10

export function summarize(samples: readonly number[]): Summary | null {
  if (samples.length === 0) return null
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return {
    samples: sorted.length,
    min: round(sorted[0] ?? 0),
    median: round(median),
    max: round(sorted[sorted.length - 1] ?? 0),
  }
}

export function median(samples: readonly number[]): number {
  return summarize(samples)?.median ?? Number.NaN
}
