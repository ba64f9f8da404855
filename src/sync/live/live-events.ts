// The events of GET /api/live/stream, parsed with zod. Anything that does not match (a newer
// server, a proxy's page, a hostile payload) is dropped, never half-applied.
import { z } from 'zod'

/** Long enough for any id or name the server sends; a longer one is not ours. */
const MAX_TEXT = 600
const text = z.string().max(MAX_TEXT)

const personSchema = z.object({
  tab: text,
  userId: text,
  name: text,
  blockId: text.nullable(),
  typing: z.boolean(),
  since: text,
})

export type LivePerson = z.infer<typeof personSchema>

const presenceSchema = z.object({
  record: text,
  // The server never sends more than the people on one record; a cap keeps a bad one cheap.
  people: z.array(personSchema).max(2000),
})
const savedSchema = z.object({
  record: text,
  tab: text,
  version: text.nullable(),
  at: text,
})
const commentsSchema = z.object({ record: text, blockId: text.nullable() })
const approvalsSchema = z.object({ record: text })

export type LiveEvent =
  | ({ kind: 'presence' } & z.infer<typeof presenceSchema>)
  | ({ kind: 'saved' } & z.infer<typeof savedSchema>)
  | ({ kind: 'comments' } & z.infer<typeof commentsSchema>)
  | ({ kind: 'approvals' } & z.infer<typeof approvalsSchema>)

export const LIVE_EVENT_KINDS = ['presence', 'saved', 'comments', 'approvals'] as const
export type LiveEventKind = (typeof LIVE_EVENT_KINDS)[number]

function json(data: string): unknown {
  try {
    return JSON.parse(data) as unknown
  } catch {
    return undefined
  }
}

/** One SSE event (its `event:` name and `data:` text) as a LiveEvent, or null when malformed. */
export function parseLiveEvent(kind: string, data: string): LiveEvent | null {
  const value = json(data)
  if (value === undefined) return null
  switch (kind) {
    case 'presence': {
      const parsed = presenceSchema.safeParse(value)
      return parsed.success ? { kind, ...parsed.data } : null
    }
    case 'saved': {
      const parsed = savedSchema.safeParse(value)
      return parsed.success ? { kind, ...parsed.data } : null
    }
    case 'comments': {
      const parsed = commentsSchema.safeParse(value)
      return parsed.success ? { kind, ...parsed.data } : null
    }
    case 'approvals': {
      const parsed = approvalsSchema.safeParse(value)
      return parsed.success ? { kind, ...parsed.data } : null
    }
    default:
      return null
  }
}
