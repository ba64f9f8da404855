// Measures the editor toolbar after every layout and whenever it or one of its controls changes
// size (a wider window, a longer save status), and picks the level of toolbar-fit.ts.
import { useLayoutEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import { INITIAL_FIT, nextFit } from './toolbar-fit'
import type { FitLevel } from './toolbar-fit'

export function useToolbarFit(row: RefObject<HTMLElement | null>): FitLevel {
  const [fit, setFit] = useState(INITIAL_FIT)
  const latest = useRef(fit)
  latest.current = fit

  useLayoutEffect(() => {
    const element = row.current
    if (!element) return
    const measure = () => {
      const next = nextFit(latest.current, {
        contentWidth: contentWidthOf(element),
        availableWidth: element.clientWidth,
      })
      if (next !== latest.current) {
        latest.current = next
        setFit(next)
      }
    }
    measure()
    // jsdom has no ResizeObserver; the row then keeps the level of its first measure.
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    for (const child of Array.from(element.children)) observer.observe(child)
    return () => observer.disconnect()
  }, [row, fit.level])

  return fit.level
}

/**
 * The width the row's children take side by side (with its gaps and padding). Not scrollWidth:
 * a panel open under a button (versions, "More") would count too.
 */
function contentWidthOf(row: HTMLElement): number {
  const style = getComputedStyle(row)
  const children = Array.from(row.children).filter(
    (child): child is HTMLElement =>
      child instanceof HTMLElement && getComputedStyle(child).position !== 'absolute',
  )
  const gap = parseFloat(style.columnGap) || 0
  const padding = (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0)
  const widths = children.reduce((sum, child) => sum + child.getBoundingClientRect().width, 0)
  return widths + padding + gap * Math.max(children.length - 1, 0)
}
