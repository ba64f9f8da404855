// A name for this tab in local mode, where every tab is the same "Local admin": "Tab 1", "Tab 2"…
// numbered in the order tabs first opened a record, kept for the tab's life in sessionStorage.
const LABEL_KEY = 'block-editor:live-tab-label'
const COUNTER_KEY = 'block-editor:live-tab-counter'

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>

export function tabLabel(session: KeyValueStorage | null, local: KeyValueStorage | null): string {
  try {
    const kept = session?.getItem(LABEL_KEY)
    if (kept) return kept
    const last = Number(local?.getItem(COUNTER_KEY) ?? 0)
    const next = Number.isSafeInteger(last) && last > 0 ? last + 1 : 1
    local?.setItem(COUNTER_KEY, String(next))
    const label = `Tab ${next}`
    session?.setItem(LABEL_KEY, label)
    return label
  } catch {
    // Storage refused (private mode, quota): a name for this page only.
    return 'Tab'
  }
}

function storageOrNull(get: () => Storage): Storage | null {
  try {
    return get()
  } catch {
    return null
  }
}

let pageLabel: string | undefined

/** This tab's label (computed once per page). */
export function pageTabLabel(): string {
  if (pageLabel !== undefined) return pageLabel
  if (typeof window === 'undefined') return 'Tab'
  pageLabel = tabLabel(
    storageOrNull(() => window.sessionStorage),
    storageOrNull(() => window.localStorage),
  )
  return pageLabel
}
