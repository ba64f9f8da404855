import { describe, expect, it } from 'vitest'
import { refusedMoveText } from './refused-move'

describe('refusedMoveText', () => {
  it("names the block and gives the core's reason without the operation prefix", () => {
    expect(
      refusedMoveText('Ada', 'Operation 0 (moveBefore): “News” takes Content entry only.'),
    ).toBe('Could not move Ada: “News” takes Content entry only.')
    expect(refusedMoveText('Ada', 'No room.')).toBe('Could not move Ada: No room.')
  })
})
