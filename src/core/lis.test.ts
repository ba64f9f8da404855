import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { longestIncreasingSubsequence } from './lis'

function bruteForceLength(values: number[]): number {
  const best: number[] = values.map(() => 1)
  values.forEach((v, i) => {
    for (let j = 0; j < i; j += 1)
      if ((values[j] as number) < v) best[i] = Math.max(best[i] as number, (best[j] as number) + 1)
  })
  return Math.max(0, ...best)
}

describe('longestIncreasingSubsequence', () => {
  it('finds one longest strictly increasing run of positions', () => {
    expect(longestIncreasingSubsequence([])).toEqual([])
    expect(longestIncreasingSubsequence([3, 0, 1, 2])).toEqual([1, 2, 3])
    expect(longestIncreasingSubsequence([2, 1, 0])).toHaveLength(1)
  })

  it('is increasing and as long as a brute-force answer', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(30), { maxLength: 12 }), (values) => {
        const positions = longestIncreasingSubsequence(values)
        const picked = positions.map((p) => values[p] as number)
        expect(positions).toEqual([...positions].sort((a, b) => a - b))
        picked.forEach((v, i) => i > 0 && expect(v).toBeGreaterThan(picked[i - 1] as number))
        expect(positions).toHaveLength(bruteForceLength(values))
      }),
      { numRuns: 200 },
    )
  })
})
