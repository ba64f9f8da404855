// Reading Basker's large answers: a record, or a write's answer holding the whole document. Pure,
// so it runs alike in a Web Worker (read-worker.ts) and, for small answers or where no worker
// exists, on the main thread (large-reads.ts). The reader keeps the last document it read per
// record: a write's answer is compared with that document after the operations, and when they
// are equal (the usual case) only the new version goes back, so the main thread neither parses
// nor compares nor receives ten thousand blocks.
import { applyOperations, deepEqual } from '../../core'
import type { Block, Operation } from '../../core'
import { AdapterError } from '../types'
import type { ApplyOutcome, BlockDocument, RecordRef, ThemeSettings } from '../types'
import { toDocument, toOutcome } from './mappers'
import { themeOfRecord } from './theme-settings'

export type ReadRequest =
  | { kind: 'record'; key: string; ref: RecordRef; text: string }
  | {
      kind: 'write'
      key: string
      text: string
      /** The version the operations were planned against, and the operations as planned. */
      baseVersion: string | null
      ops: Operation[]
    }

export type ReadAnswer =
  /** `theme`: the record's theme settings, read from the same answer. */
  | { kind: 'record'; document: BlockDocument; theme: ThemeSettings | null }
  /** `blocks` left out: they equal the base after the operations (the editor's prediction). */
  | { kind: 'write'; outcome: ApplyOutcome }
  | { kind: 'error'; error: { kind: AdapterError['kind']; message: string } }

export type ReadCache = Map<string, { version: string; blocks: Block[] }>

function parseText(text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new AdapterError('malformed', 'The backend sent invalid JSON (HTTP 200)')
  }
}

function remember(cache: ReadCache, key: string, version: string | null, blocks?: Block[]) {
  if (version === null || !blocks) cache.delete(key)
  else cache.set(key, { version, blocks })
}

export function readAnswer(request: ReadRequest, cache: ReadCache): ReadAnswer {
  try {
    const body = parseText(request.text)
    if (request.kind === 'record') {
      const document = toDocument(request.ref, body)
      remember(cache, request.key, document.version, document.blocks)
      return { kind: 'record', document, theme: themeOfRecord(body) }
    }
    const outcome = toOutcome(body)
    const known = cache.get(request.key)
    remember(cache, request.key, outcome.version, outcome.blocks)
    if (!outcome.blocks || !known || known.version !== request.baseVersion) {
      return { kind: 'write', outcome }
    }
    const expected = applyOperations(known.blocks, request.ops)
    if (expected.ok && deepEqual(expected.blocks, outcome.blocks)) {
      return { kind: 'write', outcome: { version: outcome.version } }
    }
    return { kind: 'write', outcome }
  } catch (error) {
    if (!(error instanceof AdapterError)) throw error
    return { kind: 'error', error: { kind: error.kind, message: error.message } }
  }
}
