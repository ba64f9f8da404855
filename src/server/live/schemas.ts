// What the live routes accept. A record key is the editor's outbox key (a JSON array: backend,
// collection, id, variant), opaque here except its first element, which must be this server's
// backend so two backends never share a stream.
import { z } from 'zod'
import type { ErrorDetail } from '../http/errors'

export const MAX_RECORD_KEY = 512
export const MAX_RECORDS_LISTED = 200
export const MAX_LABEL = 40

const firstElement = (key: string): unknown => {
  try {
    const parsed: unknown = JSON.parse(key)
    return Array.isArray(parsed) ? (parsed as unknown[])[0] : undefined
  } catch {
    return undefined
  }
}

export const recordKey = (backend: string) =>
  z
    .string({ error: 'record is required' })
    .min(1, 'record is required')
    .max(MAX_RECORD_KEY, `record is longer than ${MAX_RECORD_KEY} characters`)
    .refine((key) => firstElement(key) === backend, {
      error: `record must be a JSON array whose first element is this server's backend ("${backend}")`,
    })

const tabId = z
  .string({ error: 'tab is required' })
  .regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'tab must be 1–100 letters, digits or _ . : -')

/** Control characters go, spaces around go; what is left may be 40 characters. */
const label = z
  .string()
  .transform((text) => text.replace(/\p{Cc}/gu, '').trim())
  .pipe(z.string().max(MAX_LABEL, `label is longer than ${MAX_LABEL} characters`))

const eventId = (name: string) =>
  z
    .string()
    .regex(/^\d{1,15}$/, `${name} must be a non-negative event id`)
    .transform(Number)

export const streamQuery = (backend: string) =>
  z.object({
    record: recordKey(backend),
    tab: tabId,
    label: label.optional(),
    since: eventId('since').optional(),
  })

export const presenceBody = (backend: string) =>
  z.strictObject({
    record: recordKey(backend),
    tab: tabId,
    blockId: z.string().min(1).max(MAX_RECORD_KEY).nullable(),
    typing: z.boolean(),
  })

export const savedBody = (backend: string) =>
  z.strictObject({
    record: recordKey(backend),
    tab: tabId,
    version: z.string().max(MAX_RECORD_KEY).nullable(),
  })

export const recordsQuery = (backend: string) =>
  z.object({
    records: z
      .array(recordKey(backend))
      .min(1, 'records: give at least one record key')
      .max(MAX_RECORDS_LISTED, `records: at most ${MAX_RECORDS_LISTED} keys`),
  })

export const lastEventId = eventId('Last-Event-ID')

/** zod's issues in the error shape's `errors` (path, message, code). */
export const issueDetails = (error: z.ZodError): ErrorDetail[] =>
  error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
    code: issue.code,
  }))
