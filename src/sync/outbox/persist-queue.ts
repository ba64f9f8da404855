// Keeps one editor store's unsaved queue in the outbox: rewritten after every change of the
// queue, the base only when it moved, deleted once empty. A write waits for the frame to be out
// (an idle callback, 100 ms at most) so it never lengthens a keystroke, and goes at once when
// the page is being hidden or left.
import type { Block } from '../../core'
import type { EditorStoreApi, EditorStoreState } from '../../store'
import { whenIdle, type IdleTask } from '../when-idle'
import { deleteQueues, writeBaseParts, writeQueue } from './idb'
import type { BaseParts } from './idb'

export interface QueuePersister {
  /** Resolves when every change seen so far is written. */
  idle(): Promise<void>
}

const queueChanged = (a: EditorStoreState, b: EditorStoreState) =>
  a.pending !== b.pending ||
  a.inFlight !== b.inFlight ||
  a.rejected !== b.rejected ||
  a.base !== b.base

/** Writes waiting for an idle moment, of every open record: they go at once when the page hides. */
const waitingWrites = new Set<IdleTask>()
let hideListening = false
const writeWaitingNow = () => {
  for (const task of [...waitingWrites]) task.now()
}
function listenForHide(): void {
  if (hideListening || typeof document === 'undefined') return
  hideListening = true
  addEventListener('pagehide', writeWaitingNow)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') writeWaitingNow()
  })
}

export function persistQueue(
  db: IDBDatabase,
  store: EditorStoreApi,
  row: { id: string; recordKey: string; tabId: string },
  onError: (error: unknown) => void = () => undefined,
): QueuePersister {
  let writtenBase: Block[] | null = null
  let parts: BaseParts | null = null
  let gen = 0
  let cleanedGen = 0
  let scheduled = false
  let chain: Promise<void> = Promise.resolve()
  listenForHide()

  const write = async () => {
    scheduled = false
    const s = store.getState()
    if (s.pending.length === 0 && s.inFlight.length === 0 && s.rejected.length === 0) {
      // Nothing is unsaved: the last flush confirmed everything this tab had.
      if (writtenBase === null) return
      writtenBase = null
      parts = null
      return deleteQueues(db, [row.id])
    }
    try {
      if (s.base !== writtenBase) {
        writtenBase = null
        gen += 1
        parts = await writeBaseParts(db, row.id, gen, s.base)
        writtenBase = s.base
        // The base moved on while its parts were written (a save): write the newer one first,
        // so the row never names a base its queue was not made against.
        if (store.getState().base !== s.base) {
          schedule()
          return
        }
      }
      const now = store.getState()
      const clean = parts !== null && parts.gen !== cleanedGen
      await writeQueue(
        db,
        {
          ...row,
          version: now.version,
          inFlight: now.inFlight,
          inFlightPlan: now.inFlightPlan,
          pending: now.pending,
          rejected: now.rejected.map((r) => r.op),
          savedAt: Date.now(),
          ...(parts ? { baseParts: parts } : {}),
        },
        { clean },
      )
      if (clean && parts) cleanedGen = parts.gen
    } catch (error) {
      // The base may not have been stored: write it again next time.
      writtenBase = null
      throw error
    }
  }

  const schedule = () => {
    if (scheduled) return
    scheduled = true
    // Writes run one after the other, so the last one written is the latest state.
    chain = chain
      .then(
        () =>
          new Promise<void>((resolve) => {
            const task = whenIdle(() => {
              waitingWrites.delete(task)
              resolve()
            })
            waitingWrites.add(task)
          }),
      )
      .then(write)
      .catch(onError)
  }

  // Never unsubscribed: after the editor closes, its last flush must still clear the row. The
  // subscription is collected with the store.
  store.subscribe((state, previous) => {
    if (queueChanged(state, previous)) schedule()
  })
  schedule()

  return { idle: () => chain }
}
