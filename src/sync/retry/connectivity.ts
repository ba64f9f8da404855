// Whether the browser thinks it is online. navigator.onLine is only trustworthy when it says
// false (true can mean "on a network", not "reaching our server"), so an offline browser parks the
// flush until the `online` event, while an online one still learns of outages from failed requests.

export interface Connectivity {
  isOnline(): boolean
  /** Calls back on every change; returns the unsubscribe. */
  subscribe(listener: (online: boolean) => void): () => void
}

type EventSource = Pick<Window, 'addEventListener' | 'removeEventListener'>

export function createConnectivity(
  target: EventSource,
  navigatorLike: Pick<Navigator, 'onLine'>,
): Connectivity {
  return {
    isOnline: () => navigatorLike.onLine !== false,
    subscribe(listener) {
      const online = () => listener(true)
      const offline = () => listener(false)
      target.addEventListener('online', online)
      target.addEventListener('offline', offline)
      return () => {
        target.removeEventListener('online', online)
        target.removeEventListener('offline', offline)
      }
    },
  }
}

/** The page's connectivity; undefined outside a browser (tests, server rendering). */
export function browserConnectivity(): Connectivity | undefined {
  if (typeof window === 'undefined' || typeof navigator === 'undefined') return undefined
  return createConnectivity(window, navigator)
}
