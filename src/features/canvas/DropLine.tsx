// The line that shows where a drop would land; red and dashed where the schema refuses the held
// blocks (a drop there changes nothing and says why).
import type { DropSide } from '../../core/gestures'
import { useDropRefused } from './drag-store'

export function DropLine({ blockId, side }: { blockId: string; side: DropSide }) {
  const refused = useDropRefused(blockId)
  const classes = ['drop-line', `drop-line--${side}`]
  if (refused) classes.push('drop-line--refused')
  return (
    <div className={classes.join(' ')} data-refused={refused ? '' : undefined} aria-hidden="true" />
  )
}
