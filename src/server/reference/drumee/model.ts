// The Drumee hub vocabulary the reference backend checks requests against: devices, locales,
// permission levels per service, page size, and the rows the repository returns.

export const DEVICES = ['desktop', 'mobile'] as const
export type Device = (typeof DEVICES)[number]
export const isDevice = (value: string): value is Device =>
  (DEVICES as readonly string[]).includes(value)

/** The seeded hub: its default language first (fallbacks try it first). */
export const HUB = { name: 'demo', defaultLang: 'en', locales: ['en', 'fr'] } as const

/**
 * Permission levels. Drumee documents anonymous (0), read (2) and admin (6); the numbers of
 * write and delete are undocumented, these keep the documented order.
 */
export const LEVELS = { anonymous: 0, read: 2, write: 3, delete: 4, admin: 6 } as const
export type LevelName = keyof typeof LEVELS

/** Each of the sixteen services with the level its documentation names. */
export const SERVICE_LEVELS = {
  assembly: 'anonymous',
  content: 'anonymous',
  copy: 'admin',
  delete: 'delete',
  exists: 'anonymous',
  filter: 'delete',
  history: 'delete',
  info: 'read',
  list: 'delete',
  list_by: 'delete',
  log: 'delete',
  purge: 'delete',
  rename: 'delete',
  search: 'anonymous',
  store: 'delete',
  unpublish: 'admin',
} as const satisfies Record<string, LevelName>
export type ServiceName = keyof typeof SERVICE_LEVELS
export const isService = (value: string): value is ServiceName =>
  Object.hasOwn(SERVICE_LEVELS, value)

/** Services that change the hub: the ones the request log records and failures can hit. */
export const WRITE_SERVICES: ReadonlySet<string> = new Set([
  'store',
  'unpublish',
  'delete',
  'purge',
  'rename',
  'copy',
])

/** Rows per page of every paged service, as a real hub pages (the adapter pages on until a short page). */
export const PAGE_SIZE = 45

/**
 * How the reference answers where a real hub's behaviour is not settled: `hub` is what
 * vendor-facts.md says a hub does (one-row results as objects, raw content files, user errors as
 * 400, the session cookie `regsid`); `alt` answers the other plausible shape of each (arrays
 * always, content inside `{data}`, the documented 404/409/422, another session cookie name, a
 * wrong login inside the envelope, history rows keyed `history_id` with `id` the block's), so the
 * adapter cannot depend on one guess. The contract suite runs in both.
 */
export const REFERENCE_MODES = ['hub', 'alt'] as const
export type ReferenceMode = (typeof REFERENCE_MODES)[number]

export const STORE_STATUSES = [
  '',
  'publish_with_history',
  'publish_without_history',
  'draft_without_history',
] as const
export type StoreStatus = (typeof STORE_STATUSES)[number]

export interface BlockRow extends Record<string, unknown> {
  id: number
  hashtag: string
  editor: string
  type: string
  created_at: string
  updated_at: string
}

export interface VariantRow extends Record<string, unknown> {
  block_id: number
  device: string
  lang: string
  current_serial: number
  online_serial: number | null
}

export interface VersionRow extends Record<string, unknown> {
  history_id: number
  block_id: number
  device: string
  lang: string
  serial: number
  base_serial: number | null
  letc: string
  comment: string
  created_at: string
}

export interface LogRow extends Record<string, unknown> {
  id: number
  block_id: number
  hashtag: string
  action: string
  device: string | null
  lang: string | null
  serial: number | null
  created_at: string
}

/** A service's failure: Drumee's error code and the HTTP status it is answered with. */
export class DrumeeError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 412 | 422 | 500,
    readonly code: string,
    message: string,
    /** What a real hub puts in `error` when it is not the code (e.g. 412's "VARIABLE **x** IS MANDATORY"). */
    readonly hubText?: string,
  ) {
    super(message)
  }
}
