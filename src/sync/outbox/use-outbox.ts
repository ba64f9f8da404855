// Wires the page's outbox into an editor: what earlier sessions left for the record (read before
// the editor shows, so restored edits appear at once), and keeping the queue while it is open.
import { useEffect } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { EditorStoreApi } from '../../store'
import type { OutboxEntry } from './idb'
import { pageOutbox } from './outbox'

const NONE: OutboxEntry[] = []

export function useOutboxClaim(recordKey: string): { ready: boolean; entries: OutboxEntry[] } {
  const claim = useQuery({
    queryKey: ['outbox', recordKey],
    queryFn: async () => {
      const outbox = pageOutbox()
      // A broken or blocked IndexedDB must not keep the record from opening.
      try {
        return outbox ? await outbox.claim(recordKey) : NONE
      } catch (error) {
        console.warn('Outbox: could not read kept changes', error)
        return NONE
      }
    },
    // Read once per opening: a later refetch would hand the same queue to the editor twice.
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    networkMode: 'always',
  })
  return { ready: claim.data !== undefined, entries: claim.data ?? NONE }
}

export function useOutboxPersist(
  store: EditorStoreApi | undefined,
  recordKey: string,
  claimed: readonly string[],
): void {
  useEffect(() => {
    const outbox = pageOutbox()
    if (!store || !outbox) return
    const session = outbox.persist(recordKey, store)
    // The claimed rows go only once this editor's own row holds what they held.
    void session
      .idle()
      .then(() => outbox.discard(claimed))
      .catch((error: unknown) => console.warn('Outbox:', error))
    return session.release
  }, [store, recordKey, claimed])
}
