// The doctor's checks, in order: reachable, credentials accepted, records listed, one record
// read, block types found, and (where the vendor allows a harmless one) a write that changes
// nothing. Written against the BackendAdapter interface only, so every backend is checked the
// same way; each failure says what to fix. A check that cannot run after an earlier failure is
// skipped, not failed.
import { AdapterError } from '../../adapters/types'
import { BACKENDS } from '../../core/backends'
import type { BackendAdapter, BlockDocument, RecordRef } from '../../adapters/types'

export type CheckId = 'reachable' | 'credentials' | 'records' | 'record' | 'block-types' | 'write'
export type CheckStatus = 'pass' | 'fail' | 'skip'

export interface CheckResult {
  id: CheckId
  label: string
  status: CheckStatus
  /** What was found, in plain words; never a secret. */
  detail: string
  /** What to change when the check failed. */
  fix?: string
}

export const CHECK_LABELS: Record<CheckId, string> = {
  reachable: 'Backend reachable',
  credentials: 'Credentials accepted',
  records: 'Records listed',
  record: 'One record read',
  'block-types': 'Block types found',
  write: 'A write that changes nothing',
}

export interface DoctorOptions {
  /** Run the harmless write too (never at server start). */
  write: boolean
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

const unreachable = (error: unknown): boolean =>
  error instanceof AdapterError &&
  (error.kind === 'network' ||
    error.kind === 'timeout' ||
    (error.kind === 'server' && (error.details.status === 502 || error.details.status === 504)))

const refusedCredentials = (error: unknown): boolean =>
  error instanceof AdapterError && (error.kind === 'auth' || error.kind === 'forbidden')

export async function runChecks(
  adapter: BackendAdapter,
  options: DoctorOptions,
): Promise<CheckResult[]> {
  const results: CheckResult[] = []
  const add = (id: CheckId, status: CheckStatus, detail: string, fix?: string) =>
    results.push({ id, label: CHECK_LABELS[id], status, detail, ...(fix ? { fix } : {}) })
  const skipRest = (from: CheckId[], why: string) => {
    for (const id of from) add(id, 'skip', why)
  }

  const collections = adapter.collections.filter((c) => !c.pickOnly)
  let found: RecordRef | null = null
  let listed = 0
  let firstError: unknown = null
  for (const collection of collections) {
    try {
      const page = await adapter.listRecords({ collection: collection.id, page: 1, limit: 5 })
      listed += page.total
      found = found ?? page.items[0]?.ref ?? null
      if (found) break
    } catch (error) {
      firstError = error
      break
    }
  }

  if (firstError !== null && unreachable(firstError)) {
    add(
      'reachable',
      'fail',
      messageOf(firstError),
      'Check BACKEND_URL (scheme, host, port, path) and that the backend is up and reachable from this server.',
    )
    skipRest(['credentials', 'records', 'record', 'block-types', 'write'], 'Not reachable.')
    return results
  }
  add('reachable', 'pass', `The ${adapter.id} backend answered.`)

  if (firstError !== null && refusedCredentials(firstError)) {
    add(
      'credentials',
      'fail',
      messageOf(firstError),
      adapter.id === 'kragle' || adapter.id === 'drumee'
        ? 'Check BACKEND_USERNAME and BACKEND_PASSWORD (the user the server logs in as).'
        : 'Check BACKEND_API_KEY (a key for this tenant, with access to its records).',
    )
    skipRest(['records', 'record', 'block-types', 'write'], 'Credentials refused.')
    return results
  }
  if (firstError !== null) {
    add('credentials', 'skip', 'Could not tell: listing failed for another reason.')
    add(
      'records',
      'fail',
      messageOf(firstError),
      'Check the backend settings (tenant, API version) and the server log for the request.',
    )
    skipRest(['record', 'block-types', 'write'], 'No record to read.')
    return results
  }
  add('credentials', 'pass', 'The backend accepted the credentials.')

  if (!found) {
    add(
      'records',
      'fail',
      `No records in ${collections.map((c) => c.label).join(', ') || 'any collection'}.`,
      'Create a record in the backend, or check that the credentials can see its records.',
    )
    skipRest(['record', 'block-types', 'write'], 'No record to read.')
    return results
  }
  add('records', 'pass', `${listed} record${listed === 1 ? '' : 's'} listed.`)

  let document: BlockDocument
  try {
    document = await adapter.loadRecord(found)
    add('record', 'pass', `Read “${document.title}” (${document.blocks.length} blocks).`)
  } catch (error) {
    add(
      'record',
      'fail',
      messageOf(error),
      'The record list works but a record cannot be read: check the permissions of the credentials.',
    )
    skipRest(['block-types', 'write'], 'No record read.')
    return results
  }

  try {
    const types = await adapter.loadBlockTypes(found)
    if (types.length === 0) {
      add('block-types', 'fail', 'The backend offers no block types.', 'Define block types.')
    } else {
      add('block-types', 'pass', `${types.length} block type${types.length === 1 ? '' : 's'}.`)
    }
  } catch (error) {
    add('block-types', 'fail', messageOf(error), 'Check that the credentials can read schemas.')
  }

  if (!options.write) {
    add('write', 'skip', 'Read-only run.')
    return results
  }
  // Drumee stores every write as a new version of the page: there the write is not harmless.
  if (!BACKENDS[adapter.id].harmlessRewrite) {
    add('write', 'skip', `Every ${adapter.id} write stores a new version: not tried.`)
    return results
  }
  const first = document.blocks[0]
  if (!first) {
    add('write', 'skip', 'The record has no block to rewrite unchanged.')
    return results
  }
  try {
    await adapter.applyOperations(found, [{ op: 'update', blockId: first.id, value: {} }], {
      version: document.version,
      base: document.blocks,
    })
    add('write', 'pass', `Rewrote one block of “${document.title}” with no change.`)
  } catch (error) {
    add(
      'write',
      'fail',
      messageOf(error),
      refusedCredentials(error)
        ? 'The credentials may read but not write: give them write access to drafts.'
        : 'Check the server log for this write.',
    )
  }
  return results
}

/** One line per check, as the CLI and the server log print them. */
export function formatResult(result: CheckResult): string {
  const mark = result.status === 'pass' ? 'ok  ' : result.status === 'fail' ? 'FAIL' : 'skip'
  const fix = result.fix ? ` → ${result.fix}` : ''
  return `${mark} ${result.label}: ${result.detail}${fix}`
}
