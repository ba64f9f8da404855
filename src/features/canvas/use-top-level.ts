// The canvas re-renders only when its rows change, not on every edit: it reads the ids of the
// top-level blocks (an array whose identity changes only when they or their order do), and each
// row reads its own block. A keystroke then re-renders the edited row alone, not the canvas,
// its drag context and every hook above the rows.
import { useRef } from 'react'
import type { Block } from '../../core'
import { useEditorStore } from '../../store'
import { sameIds } from '../shared/use-stable-ids'

const idOf = (block: Block): string => block.id

export function useTopLevelIds(): readonly string[] {
  const last = useRef<readonly string[]>([])
  return useEditorStore((s) => {
    // A memo, not a side effect: the same view always gives the same array.
    if (!sameIds(last.current, s.view, idOf)) last.current = s.view.map(idOf)
    return last.current
  })
}

/** The top-level block `id`, found at `index` (where it is unless the list just changed). */
export function useTopLevelBlock(id: string, index: number): Block | undefined {
  return useEditorStore((s) => {
    const atIndex = s.view[index]
    return atIndex?.id === id ? atIndex : s.view.find((block) => block.id === id)
  })
}
