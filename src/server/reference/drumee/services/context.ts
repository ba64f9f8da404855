// What every service handler gets, and the lookups several of them share.
import type { Queryable } from '../../../storage/db'
import type { LetcLimits } from '../letc'
import { DrumeeError, HUB } from '../model'
import type { BlockRow, ReferenceMode, VariantRow } from '../model'
import type { Params } from '../params'
import type { DrumeeRepository } from '../repository'

export interface ServiceContext {
  repo: DrumeeRepository
  params: Params
  now(): string
  mode: ReferenceMode
  limits: LetcLimits
  /** The caller's Accept-Language header (block.content's last resort for the language). */
  acceptLanguage: string | undefined
}

/**
 * A service answers `{data}` (one value), `{rows}` (a list: one row alone is sent as an object in
 * `hub` mode) or, for block.content, a whole response.
 */
export type ServiceResult = { data: unknown } | { rows: unknown[] } | { response: Response }

export type Service = (ctx: ServiceContext) => Promise<ServiceResult>

export const notFound = (what: string): DrumeeError =>
  new DrumeeError(404, 'BLOCK_NOT_FOUND', `No block ${what}.`)

/** A block named by its numeric id or its hashtag; null when there is none. */
export const findBlock = async (
  repo: DrumeeRepository,
  q: Queryable,
  key: string,
  lock = false,
): Promise<BlockRow | null> => {
  if (/^[1-9][0-9]{0,8}$/.test(key)) {
    const byId = await repo.blockById(q, Number(key), lock)
    if (byId) return byId
  }
  const byTag = await repo.blockByHashtag(q, key)
  if (!byTag || !lock) return byTag
  return repo.blockById(q, byTag.id, true)
}

export const requireBlock = async (
  repo: DrumeeRepository,
  q: Queryable,
  key: string,
  lock = false,
): Promise<BlockRow> => {
  const block = await findBlock(repo, q, key, lock)
  if (!block) throw notFound(`"${key}"`)
  return block
}

/** Unix seconds, as Drumee's records carry their times. */
export const seconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000)

/**
 * A block as the list, info and rename services return it: the columns a hub's `block.list` rows
 * carry (vendor-facts.md), numbers as numbers (`alt`: as text, as some MySQL drivers send them).
 */
export const presentBlock = (
  block: BlockRow,
  variants: readonly VariantRow[],
  mode: ReferenceMode = 'hub',
) => {
  const own = variants.filter((v) => v.block_id === block.id)
  const serial = Math.max(0, ...own.map((v) => v.current_serial))
  const num = (n: number): number | string => (mode === 'hub' ? n : String(n))
  return {
    id: num(block.id),
    serial: num(serial),
    active: num(1),
    hashtag: block.hashtag,
    type: block.type,
    status: own.some((v) => v.online_serial !== null) ? 'online' : 'draft',
    ctime: num(seconds(block.created_at)),
    mtime: num(seconds(block.updated_at)),
    version: '1.0.0',
    remit: num(0),
    firstname: 'Reference',
    lastname: block.editor,
  }
}

export const defaultLang = (): string => HUB.defaultLang
