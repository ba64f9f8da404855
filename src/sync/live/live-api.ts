// The live routes' requests (POST /api/live/presence, POST /api/live/saved, GET
// /api/live/presence) through the one HTTP client of the app's own API (api-client.ts).
import { z } from 'zod'
import type { FetchLike } from '../../adapters/http'
import { apiRequest } from '../api-client'
import type { PresenceState } from './presence-reporter'

export async function postPresence(
  fetchImpl: FetchLike | undefined,
  body: { record: string; tab: string } & PresenceState,
): Promise<void> {
  await apiRequest('/live/presence', { method: 'POST', body }, fetchImpl)
}

export async function postSaved(
  fetchImpl: FetchLike | undefined,
  body: { record: string; tab: string; version: string | null },
): Promise<void> {
  await apiRequest('/live/saved', { method: 'POST', body }, fetchImpl)
}

const visitor = z.object({
  userId: z.string().max(600),
  name: z.string().max(600),
  tab: z.string().max(600),
})
export type RecordVisitor = z.infer<typeof visitor>

const recordsPresence = z.object({ records: z.record(z.string(), z.array(visitor).max(2000)) })

/** The server's limit of record keys per request. */
export const MAX_PRESENCE_KEYS = 200

/** Who is on each of these records (keys the server does not know are absent or empty). */
export async function getRecordsPresence(
  keys: readonly string[],
  signal?: AbortSignal,
): Promise<Record<string, RecordVisitor[]>> {
  const query = new URLSearchParams()
  for (const key of keys.slice(0, MAX_PRESENCE_KEYS)) query.append('records', key)
  const body = await apiRequest(`/live/presence?${query.toString()}`, signal ? { signal } : {})
  const parsed = recordsPresence.safeParse(body)
  return parsed.success ? parsed.data.records : {}
}
