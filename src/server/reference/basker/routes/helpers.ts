import type { Context } from 'hono'
import { jsonError } from '../../../http/errors'
import { COLLECTIONS, isCollection } from '../collections'
import type { BaskerEnv } from '../env'

/** The collection named in the path, or the 404 answer for an unknown one. */
export const collectionOf = (c: Context<BaskerEnv>): string | Response => {
  const name = c.req.param('collection') ?? ''
  if (isCollection(name)) return name
  return jsonError(
    c,
    404,
    `Collection "${name}" does not exist or does not support blocks; supported: ${COLLECTIONS.join(', ')}.`,
  )
}

export const recordNotFound = (c: Context<BaskerEnv>, collection: string, id: string): Response =>
  jsonError(c, 404, `No record "${id}" in ${collection} for tenant "${c.get('tenant')}".`)

export const conflict = (c: Context<BaskerEnv>, current: string, sent: string): Response =>
  jsonError(
    c,
    409,
    `The draft changed since ifUpdatedAt (sent ${sent}, current ${current}); nothing was written. Re-read the draft and try again.`,
  )
