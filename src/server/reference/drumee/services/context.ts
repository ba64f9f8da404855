// What every service handler gets, and the lookups several of them share.
import type { Queryable } from '../../../storage/db'
import { DrumeeError, HUB } from '../model'
import type { BlockRow, VariantRow } from '../model'
import type { Params } from '../params'
import type { DrumeeRepository } from '../repository'

export interface ServiceContext {
  repo: DrumeeRepository
  params: Params
  now(): string
}

/** A service answers `{data}` (the value) or, for block.content, a whole response. */
export type ServiceResult = { data: unknown } | { response: Response }

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

/** A block as the list, info and rename services return it. */
export const presentBlock = (block: BlockRow, variants: readonly VariantRow[]) => ({
  id: String(block.id),
  hashtag: block.hashtag,
  editor: block.editor,
  type: block.type,
  ctime: seconds(block.created_at),
  mtime: seconds(block.updated_at),
  published: variants.some((v) => v.block_id === block.id && v.online_serial !== null) ? 1 : 0,
  variants: variants
    .filter((v) => v.block_id === block.id)
    .map((v) => ({
      device: v.device,
      lang: v.lang,
      current: v.current_serial,
      online: v.online_serial,
    })),
})

export const defaultLang = (): string => HUB.defaultLang
