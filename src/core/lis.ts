// Longest increasing subsequence (patience sorting, O(n log n), O(n) for input in order). planFlush keeps the blocks on it
// where they are and moves only the others, which gives the fewest moves for a reordering.

/** Positions in `values` of one longest strictly increasing subsequence. */
export function longestIncreasingSubsequence(values: readonly number[]): number[] {
  // tails[k]: position of the smallest tail of an increasing run of length k + 1.
  const tails: number[] = []
  const previous: number[] = new Array<number>(values.length).fill(-1)
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number
    let low = 0
    let high = tails.length
    // Mostly increasing input (a few blocks moved among thousands) extends the longest run.
    if (high > 0 && (values[tails[high - 1] as number] as number) < value) low = high
    while (low < high) {
      const middle = (low + high) >> 1
      if ((values[tails[middle] as number] as number) < value) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[i] = tails[low - 1] as number
    tails[low] = i
  }
  const result: number[] = []
  let cursor = tails.length > 0 ? (tails[tails.length - 1] as number) : -1
  while (cursor !== -1) {
    result.push(cursor)
    cursor = previous[cursor] as number
  }
  return result.reverse()
}
