// The blocks that differ, each once as a card (BlockCard.tsx); runs of unchanged blocks fold into
// one line.
import { useMemo } from 'react'
import type { BlockChange, BlockDiff, BlockTypeSchema } from '../../core'
import { blockNames, describeMoves } from '../../core'
import { BlockCard } from './BlockCard'
import { useShowMore } from './use-show-more'

const FIRST_ITEMS = 100

interface ListProps {
  diff: BlockDiff
  schema: readonly BlockTypeSchema[]
  /** The comparison side's name ("Published", "Version 3", "Saved"). */
  baselineLabel: string
  /** How many cards (and unchanged runs) show before "Show more". */
  first?: number
}

export function BlockDiffList(props: ListProps) {
  const { diff, schema } = props
  const items: (
    { kind: 'run'; from: number; count: number } | { kind: 'block'; change: BlockChange }
  )[] = []
  diff.blocks.forEach((change, index) => {
    const last = items[items.length - 1]
    if (change.kind !== 'unchanged') items.push({ kind: 'block', change })
    else if (last?.kind === 'run') last.count += 1
    else items.push({ kind: 'run', from: index, count: 1 })
  })
  const moves = useMemo(() => describeMoves(diff, blockNames(diff, schema)), [diff, schema])
  const more = useShowMore<HTMLDivElement>(
    items.length,
    props.first ?? FIRST_ITEMS,
    '.review-blocks > *',
  )
  return (
    <div ref={more.container} className="review-blocks">
      {items.slice(0, more.limit).map((item) =>
        item.kind === 'run' ? (
          <p key={`run-${item.from}`} className="review-unchanged muted" tabIndex={-1}>
            {item.count === 1 ? '1 block unchanged' : `${item.count} blocks unchanged`}
          </p>
        ) : (
          <BlockCard
            key={item.change.blockId}
            change={item.change}
            schema={schema}
            baselineLabel={props.baselineLabel}
            move={moves.get(item.change.blockId)}
          />
        ),
      )}
      {more.hidden > 0 ? (
        <button type="button" className="button review-more" onClick={more.showAll}>
          {`Show ${more.hidden} more`}
        </button>
      ) : null}
    </div>
  )
}
