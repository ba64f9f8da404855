// Where Basker's answers are read: a large one (a 10,000-block record is megabytes) in a Web
// Worker, so parsing, validating and comparing it never blocks the main thread (a save on such
// a page froze it for over 100 ms); a small one, or any where Worker does not exist (tests, old
// browsers), here. Both run read-answer.ts, each with its own memory of the last document read.
import { AdapterError } from '../types'
import type { ApplyOutcome, BlockDocument, ThemeSettings } from '../types'
import { readAnswer } from './read-answer'
import type { ReadAnswer, ReadCache, ReadRequest } from './read-answer'

/** Answers longer than this (characters) are read in the worker. */
export const LARGE_ANSWER_CHARS = 256 * 1024

export interface LargeReads {
  record(
    request: Extract<ReadRequest, { kind: 'record' }>,
  ): Promise<{ document: BlockDocument; theme: ThemeSettings | null }>
  write(request: Extract<ReadRequest, { kind: 'write' }>): Promise<ApplyOutcome>
}

type Pending = Map<number, (answer: ReadAnswer) => void>

function startWorker(pending: Pending): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' })
    worker.addEventListener(
      'message',
      (event: MessageEvent<{ id: number; answer: ReadAnswer }>) => {
        pending.get(event.data.id)?.(event.data.answer)
        pending.delete(event.data.id)
      },
    )
    return worker
  } catch {
    return null
  }
}

function settle(answer: ReadAnswer): Exclude<ReadAnswer, { kind: 'error' }> {
  if (answer.kind === 'error') throw new AdapterError(answer.error.kind, answer.error.message)
  return answer
}

export function createLargeReads(threshold = LARGE_ANSWER_CHARS): LargeReads {
  const pending: Pending = new Map()
  // Started on the first large answer: small pages never pay for it.
  let worker: Worker | null | undefined
  let next = 0
  const here: ReadCache = new Map()

  const read = async (request: ReadRequest): Promise<ReadAnswer> => {
    if (request.text.length > threshold) {
      worker ??= startWorker(pending)
      const running = worker
      if (running) {
        // The worker remembers the documents of large records; the main thread's memory of
        // this record is stale from now on.
        here.delete(request.key)
        next += 1
        const id = next
        return new Promise<ReadAnswer>((resolve) => {
          pending.set(id, resolve)
          running.postMessage({ id, request })
        })
      }
    }
    return readAnswer(request, here)
  }

  return {
    record: async (request) => {
      const answer = settle(await read(request))
      if (answer.kind !== 'record') throw new Error('A record read answered as a write')
      return { document: answer.document, theme: answer.theme }
    },
    write: async (request) => {
      const answer = settle(await read(request))
      if (answer.kind !== 'write') throw new Error('A write answered as a record read')
      return answer.outcome
    },
  }
}
