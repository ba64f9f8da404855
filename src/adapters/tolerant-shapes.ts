// Where a vendor's documents do not settle the shape of an answer, the adapters accept every
// plausible one instead of the one their reference backend happens to send: the payload under its
// documented key, under `data`, or bare; one record as an object or a one-element array; a list as
// an array or (one row) an object. What none of these covers is left to the zod schema that
// follows, which names what it did not understand.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The payload: `reply[key]` for the first key present (the documented one first), else `reply`. */
export function unwrap(reply: unknown, keys: readonly string[]): unknown {
  if (!isRecord(reply)) return reply
  for (const key of [...keys, 'data']) if (reply[key] !== undefined) return reply[key]
  return reply
}

/** One record: an object, or the only element of a one-element array. */
export function one(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 ? value[0] : value
}

/** A list: an array, or a single object taken as a list of one (Drumee and Omerlo do this). */
export function many(value: unknown): unknown {
  return isRecord(value) ? [value] : value
}

/** A record's `meta` (paging) when the answer has one. */
export function metaOf(reply: unknown): unknown {
  return isRecord(reply) ? reply.meta : undefined
}
