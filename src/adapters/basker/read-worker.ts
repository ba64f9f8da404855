// The Web Worker that reads Basker's large answers off the main thread (read-answer.ts holds
// the logic; large-reads.ts starts this worker and talks to it).
import { readAnswer } from './read-answer'
import type { ReadCache, ReadRequest } from './read-answer'

const cache: ReadCache = new Map()

self.addEventListener('message', (event: MessageEvent<{ id: number; request: ReadRequest }>) => {
  const { id, request } = event.data
  let answer
  try {
    answer = readAnswer(request, cache)
  } catch (error) {
    answer = {
      kind: 'error',
      error: { kind: 'malformed', message: error instanceof Error ? error.message : String(error) },
    }
  }
  self.postMessage({ id, answer })
})
