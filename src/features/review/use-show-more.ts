// Long lists (a page of thousands of new blocks) show their first items and a button for the
// rest. After "Show all", focus moves to the first item that was hidden, since the button goes.
import { useEffect, useRef, useState } from 'react'

export function useShowMore<T extends HTMLElement>(
  total: number,
  first: number,
  itemSelector: string,
) {
  const [expanded, setExpanded] = useState(false)
  const container = useRef<T>(null)
  const focusAt = useRef<number | null>(null)
  useEffect(() => {
    if (focusAt.current === null) return
    const item = container.current?.querySelectorAll<HTMLElement>(itemSelector)[focusAt.current]
    focusAt.current = null
    item?.focus()
  }, [expanded, itemSelector])
  const limit = expanded ? total : first
  return {
    container,
    limit,
    hidden: Math.max(0, total - limit),
    showAll: () => {
      focusAt.current = limit
      setExpanded(true)
    },
  }
}
