// Whether a CSS media query matches now, following changes (a rotated phone, a resized window).
import { useCallback, useSyncExternalStore } from 'react'

/** Below this width the side panels (outline, fields) become sheets; editor.css uses the same. */
export const NARROW_QUERY = '(max-width: 860px)'

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      // jsdom (unit tests) has no matchMedia: the wide layout.
      if (typeof window.matchMedia !== 'function') return () => {}
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    [query],
  )
  return useSyncExternalStore(
    subscribe,
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  )
}
