// What the comment and approval routes accept, checked with zod so every refusal is a 400 that
// says which field is wrong and why. Bodies are plain text: stored as sent and rendered as text.
import { z } from 'zod'

export const MAX_RECORD_KEY = 512
export const MAX_BODY = 4000
export const MAX_LABEL = 200
export const MAX_BLOCK_ID = 200
export const MAX_VERSION = 200

// Newlines and tabs are text; other control characters (NUL, escapes) are not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

const plainText = (name: string, max: number) =>
  z
    .string({ error: `${name} must be text.` })
    .trim()
    .min(1, `${name} is empty.`)
    .max(max, `${name} is longer than ${max} characters.`)
    .refine((text) => !CONTROL.test(text), `${name} holds a control character.`)

/**
 * A record key as the browser's outboxRecordKey writes it: a JSON array of strings (backend,
 * collection, id and an optional "device/locale"), at most 512 characters, of this server's
 * backend only, so comments of two backends never mix.
 */
export const recordKeySchema = (backend: string) =>
  z
    .string({ error: 'record must be a record key.' })
    .min(1, 'record is missing.')
    .max(MAX_RECORD_KEY, `record is longer than ${MAX_RECORD_KEY} characters.`)
    .superRefine((key, ctx) => {
      const parts = parseKey(key)
      if (!parts) {
        ctx.addIssue({
          code: 'custom',
          message: 'record must be a JSON array of backend, collection and id.',
        })
      } else if (parts[0] !== backend) {
        ctx.addIssue({
          code: 'custom',
          message: `record belongs to the backend "${parts[0]}", not this server's (${backend}).`,
        })
      }
    })

const parseKey = (key: string): string[] | null => {
  let parsed: unknown
  try {
    parsed = JSON.parse(key)
  } catch {
    return null
  }
  if (!Array.isArray(parsed) || parsed.length < 3 || parsed.length > 4) return null
  if (!parsed.every((part) => typeof part === 'string' && part !== '')) return null
  return parsed as string[]
}

export const newThreadSchema = (backend: string) =>
  z.object({
    record: recordKeySchema(backend),
    blockId: plainText('blockId', MAX_BLOCK_ID),
    blockLabel: plainText('blockLabel', MAX_LABEL),
    body: plainText('body', MAX_BODY),
  })

export const replySchema = z.object({ body: plainText('body', MAX_BODY) })

export const approvalSchema = (backend: string) =>
  z.object({
    record: recordKeySchema(backend),
    verdict: z.enum(['approved', 'changes-requested'], {
      error: 'verdict must be "approved" or "changes-requested".',
    }),
    version: z
      .string({ error: 'version must be text or null.' })
      .max(MAX_VERSION, `version is longer than ${MAX_VERSION} characters.`)
      .nullable(),
    documentHash: z
      .string({ error: 'documentHash must be text.' })
      .regex(/^[0-9a-f]{8,64}$/, 'documentHash must be 8 to 64 hexadecimal digits.'),
    note: z
      .string({ error: 'note must be text or null.' })
      .max(MAX_BODY, `note is longer than ${MAX_BODY} characters.`)
      .refine((text) => !CONTROL.test(text), 'note holds a control character.')
      .nullable()
      .optional(),
  })

/** The first problem of a failed parse of `input`, as one sentence. */
export const firstProblem = (error: z.ZodError, input: unknown): string => {
  const issue = error.issues[0]
  if (!issue) return 'The request is not valid.'
  const field = issue.path.join('.')
  if (issue.code === 'invalid_type' && field === '') return 'The body must be a JSON object.'
  // A missing field fails its type check; say it is missing instead.
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
    return `${field} is missing.`
  }
  return issue.message
}

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown => {
  let value = input
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}
