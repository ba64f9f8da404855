// Helpers for the live tests: record keys, a tab's stream and its presence lists.
import { openSse, type ReceivedEvent, type SseClient } from './sse-client'

export const keyOf = (id: string, backend = 'basker'): string =>
  JSON.stringify([backend, 'pages', id])

export interface PresenceList {
  record: string
  people: {
    tab: string
    userId: string
    name: string
    blockId: string | null
    typing: boolean
    since: string
  }[]
}

export const presenceOf = (event: ReceivedEvent): PresenceList =>
  JSON.parse(event.data) as PresenceList

/** Tabs in a presence event, sorted. */
export const tabsIn = (event: ReceivedEvent): string[] =>
  presenceOf(event)
    .people.map((person) => person.tab)
    .sort()

/** Waits for a presence list holding exactly these tabs. */
export const presenceWith = (
  stream: SseClient,
  tabs: string[],
  timeoutMs = 5000,
): Promise<ReceivedEvent> => {
  const wanted = JSON.stringify([...tabs].sort())
  return stream.next(
    (event) => event.event === 'presence' && JSON.stringify(tabsIn(event)) === wanted,
    { timeoutMs },
  )
}

export const streamUrl = (
  origin: string,
  params: { record: string; tab: string; label?: string; since?: string },
): string => `${origin}/api/live/stream?${new URLSearchParams(params).toString()}`

export const openTab = (
  origin: string,
  params: { record: string; tab: string; label?: string; since?: string },
  headers: Record<string, string> = {},
): Promise<SseClient> => openSse(streamUrl(origin, params), headers)

export const postJson = (
  origin: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> =>
  fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, ...headers },
    body: JSON.stringify(body),
  })
