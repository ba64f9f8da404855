import type { Block } from '../../core'
import { levelsBelow } from './depth'

/** Said where drawing stops: what is below is kept, only not drawn here. */
export function TooDeepNote({ blocks }: { blocks: readonly Block[] }) {
  const levels = levelsBelow(blocks)
  return (
    <p className="pv-too-deep" role="note">
      Nested too deep to draw: {blocks.length} block{blocks.length === 1 ? '' : 's'} and {levels}{' '}
      level{levels === 1 ? '' : 's'} below are kept but not shown here. Use the outline to reach
      them.
    </p>
  )
}
