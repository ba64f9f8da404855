// Saving on demand, unsaved changes would silently stay behind when the page is left: the browser
// asks first. (They are also kept on this device by the outbox and shown again on the next visit.)
import { useEffect } from 'react'
import type { EditorStoreApi } from '../../store'

export function useLeaveWarning(store: EditorStoreApi | undefined, active: boolean): void {
  useEffect(() => {
    if (!store || !active) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const s = store.getState()
      if (s.pending.length + s.inFlight.length + s.rejected.length === 0) return
      event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [store, active])
}
