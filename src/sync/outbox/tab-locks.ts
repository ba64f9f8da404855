// Web Locks: one held for this tab's whole life says "this tab's outbox rows are alive"; one per
// record around each flush makes the tabs of one browser take turns writing a record.
export interface LockApi {
  request: LockManager['request']
}

export function pageLocks(): LockApi | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks
}

const tabLockName = (tabId: string) => `outbox-tab:${tabId}`

/** Holds this tab's lock until the page goes away (the browser releases it then). */
export function holdTabLock(tabId: string, api = pageLocks()): void {
  void api?.request(tabLockName(tabId), () => new Promise<never>(() => undefined))
}

/** True when no living tab holds `tabId`'s lock: its rows were left by a closed or crashed tab. */
export async function isOrphan(tabId: string, api = pageLocks()): Promise<boolean> {
  // Without Web Locks there is no way to tell; restoring is safe (landed ops are recognised).
  if (!api) return true
  return api.request(tabLockName(tabId), { ifAvailable: true }, (lock) => lock !== null)
}

/** Runs `fn` while holding the record's flush lock (at once where Web Locks are missing). */
export function withFlushLock<T>(recordKey: string, fn: () => Promise<T>, api = pageLocks()) {
  if (!api) return fn()
  return api.request(`flush:${recordKey}`, fn) as Promise<T>
}
