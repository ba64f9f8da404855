// Keeps one open record live while its editor is mounted: the stream (presence, saves, comments
// and approvals of others), this tab's own presence, and a light re-read for changes made outside
// the editor (a vendor's admin) when the tab comes back and once a minute while it is visible.
import { useEffect, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useApiFetch } from '../adapter-context'
import type { Resync } from '../outbox/use-tab-sync'
import type { EditorStoreApi } from '../../store'
import { postPresence } from './live-api'
import { openLiveConnection } from './live-connection'
import type { LiveTimers } from './live-connection'
import type { LiveEvent } from './live-events'
import { liveSupported, pageTabId } from './page-tab'
import { createPresenceReporter } from './presence-reporter'
import { createPresenceStore } from './presence-store'
import type { PresenceStore } from './presence-store'
import { pageTabLabel } from './tab-label'

export interface LiveRecord {
  presence: PresenceStore
  tabId: string
}

/** Typing ends this long after the last edit. */
export const TYPING_IDLE_MS = 3000
/** The light re-read's interval while the tab is visible. */
export const REREAD_INTERVAL_MS = 60_000
/** Focus and visibility often arrive together: one re-read for both. */
const REREAD_MIN_GAP_MS = 5000

const timers: LiveTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export const liveQueryKeys = {
  comments: (recordKey: string) => ['comments', recordKey] as const,
  approvals: (recordKey: string) => ['approvals', recordKey] as const,
}

export function useLiveRecord(options: {
  recordKey: string
  store: EditorStoreApi | undefined
  resync: Resync
}): LiveRecord | undefined {
  const { recordKey, store, resync } = options
  const apiFetch = useApiFetch()
  const queryClient = useQueryClient()
  const enabled = liveSupported()
  const tabId = enabled ? pageTabId() : ''
  // One presence store per record (as the engine keeps one editor store per document).
  const [created, setCreated] = useState<{ key: string; live: LiveRecord }>()
  let live = created?.key === recordKey ? created.live : undefined
  if (!live && enabled) {
    live = { presence: createPresenceStore({ ownTab: tabId }), tabId }
    setCreated({ key: recordKey, live })
  }

  useEffect(() => {
    if (!store || !live) return
    const reporter = createPresenceReporter({
      send: (state) => postPresence(apiFetch, { record: recordKey, tab: tabId, ...state }),
      timers,
    })
    const onEvent = (event: LiveEvent) => {
      switch (event.kind) {
        case 'presence':
          live.presence.receive(event.people)
          return
        case 'saved':
          // This tab's own save comes back too; it has that version already.
          if (event.tab !== tabId) resync(store, event.version).catch(() => undefined)
          return
        case 'comments':
          void queryClient.invalidateQueries({ queryKey: liveQueryKeys.comments(recordKey) })
          return
        case 'approvals':
          void queryClient.invalidateQueries({ queryKey: liveQueryKeys.approvals(recordKey) })
          return
      }
    }
    const connection = openLiveConnection({
      recordKey,
      tabId,
      label: pageTabLabel(),
      onEvent,
      onOpen(resumed) {
        // A new stream is a new presence row: say again where this tab is.
        reporter.resend()
        // Saves older than the server keeps may have been missed while away.
        if (resumed) resync(store).catch(() => undefined)
      },
    })

    let typing = false
    let typingTimer: ReturnType<typeof setTimeout> | null = null
    const report = () => reporter.update({ blockId: store.getState().selectedId, typing })
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.editCount !== previous.editCount) {
        typing = true
        if (typingTimer !== null) clearTimeout(typingTimer)
        typingTimer = setTimeout(() => {
          typing = false
          report()
        }, TYPING_IDLE_MS)
      }
      if (state.selectedId !== previous.selectedId || state.editCount !== previous.editCount) {
        report()
      }
    })
    report()
    return () => {
      unsubscribe()
      if (typingTimer !== null) clearTimeout(typingTimer)
      reporter.dispose()
      connection.close()
      live.presence.dispose()
    }
  }, [store, live, recordKey, tabId, apiFetch, queryClient, resync])

  useEffect(() => {
    if (!store || !live) return
    let running = false
    let last = Date.now()
    const reread = () => {
      if (document.visibilityState !== 'visible' || running) return
      if (Date.now() - last < REREAD_MIN_GAP_MS) return
      // Only when nothing is being written: a save in flight brings the record back itself.
      const state = store.getState()
      if (state.inFlight.length > 0 || state.status === 'saving') return
      running = true
      last = Date.now()
      resync(store)
        .catch(() => undefined)
        .finally(() => {
          running = false
        })
    }
    const onVisibility = () => {
      if (document.visibilityState === 'visible') reread()
    }
    window.addEventListener('focus', reread)
    document.addEventListener('visibilitychange', onVisibility)
    const interval = setInterval(reread, REREAD_INTERVAL_MS)
    return () => {
      window.removeEventListener('focus', reread)
      document.removeEventListener('visibilitychange', onVisibility)
      clearInterval(interval)
    }
  }, [store, live, resync])

  return live
}
