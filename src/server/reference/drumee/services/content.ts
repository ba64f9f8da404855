// The anonymous and read services: content (with its fallbacks), assembly, exists, info.
import { envelope } from '../envelope'
import { DEVICES, HUB } from '../model'
import type { VariantRow } from '../model'
import { invalid, missing } from '../params'
import type { Params } from '../params'
import { notFoundPage } from '../placeholder'
import { defaultLang, findBlock, presentBlock, requireBlock } from './context'
import type { Service } from './context'

const LONG_CACHE = 'public, max-age=31536000, immutable'

/** The variants to try, in order: the one asked for, other languages, then other devices. */
export const fallbackOrder = (
  variants: readonly VariantRow[],
  device: string,
  lang: string,
): VariantRow[] => {
  const langs = [lang, defaultLang(), ...HUB.locales, ...variants.map((v) => v.lang)]
  const devices = [device, ...DEVICES]
  const order: VariantRow[] = []
  for (const d of devices) {
    for (const l of langs) {
      const found = variants.find((v) => v.device === d && v.lang === l)
      if (found && !order.includes(found)) order.push(found)
    }
  }
  return order
}

/**
 * The language block.content serves: `pagelang`, then `page-language`, then the first language
 * of Accept-Language, then `en` — never `lang` (vendor-facts.md).
 */
export const pageLanguage = (params: Params, acceptLanguage: string | undefined): string => {
  for (const name of ['pagelang', 'page-language']) {
    const value = params.text(name)
    if (value !== undefined && value !== '') return params.lang(name, value)
  }
  const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim().toLowerCase() ?? ''
  const primary = /^([a-z]{2,3})(-|$)/.exec(first)?.[1]
  return primary ?? 'en'
}

/**
 * Found content is the stored file itself, as text with no envelope (`alt`: inside `{data}`);
 * content that cannot be found (no block, no file in any variant) is 200 with a placeholder page.
 */
export const content: Service = async ({ repo, params, mode, acceptLanguage }) => {
  const key = params.text('name') || params.text('hashtag') || params.text('id')
  if (!key) throw missing('hashtag')
  const status = params.text('status') ?? ''
  if (status !== '' && status !== 'published' && status !== 'draft') {
    throw invalid('status', 'must be published, draft or empty')
  }
  const serial = params.integer('serial', 0)
  const device = params.device()
  const lang = pageLanguage(params, acceptLanguage)
  const block = await findBlock(repo, repo.db, key)
  let chosen: number | null = null
  if (block && serial > 0) {
    chosen = (await repo.version(repo.db, block.id, serial)) ? serial : null
  } else if (block) {
    const variants = await repo.variants(repo.db, [block.id])
    for (const variant of fallbackOrder(variants, device, lang)) {
      chosen = status === 'published' ? variant.online_serial : variant.current_serial
      if (chosen !== null) break
    }
  }
  const version = block && chosen !== null ? await repo.version(repo.db, block.id, chosen) : null
  if (!version) {
    const placeholder = envelope('block.content', notFoundPage(key, device, lang))
    return { response: Response.json(placeholder, { headers: { 'cache-control': 'no-store' } }) }
  }
  const cache = status === 'published' && serial === 0 ? LONG_CACHE : 'no-store'
  if (mode === 'alt') {
    const wrapped = envelope('block.content', JSON.parse(version.letc) as unknown)
    return { response: Response.json(wrapped, { headers: { 'cache-control': cache } }) }
  }
  return {
    response: new Response(version.letc, {
      status: 200,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'content-disposition': `inline; filename="${version.serial}.json"`,
        'cache-control': cache,
      },
    }),
  }
}

/** The hub's pages as a visitor sees them: each block with its published variants. */
export const assembly: Service = async ({ repo }) => {
  const blocks = await repo.listBlocks(
    { editor: null, name: '', ids: null },
    { column: 'id', direction: 'ASC' },
    { offset: 0, limit: 1000 },
  )
  const variants = await repo.variants(
    repo.db,
    blocks.map((b) => b.id),
  )
  return {
    data: {
      hub: { name: HUB.name, lang: HUB.defaultLang, locales: HUB.locales, devices: DEVICES },
      blocks: blocks.map((block) => ({
        id: String(block.id),
        hashtag: block.hashtag,
        online: variants
          .filter((v) => v.block_id === block.id && v.online_serial !== null)
          .map((v) => ({ device: v.device, lang: v.lang, serial: v.online_serial })),
      })),
    },
  }
}

/**
 * Whether a block exists. What block_exists answers is not public: `hub` answers
 * `{exists: 0|1, id?, hashtag?}`, `alt` the block's row or no rows at all.
 */
export const exists: Service = async ({ repo, params, mode }) => {
  const value = params.text('value') || params.text('string') || '*'
  const block =
    value === '*'
      ? ((
          await repo.listBlocks(
            { editor: null, name: '', ids: null },
            { column: 'id', direction: 'ASC' },
            { offset: 0, limit: 1 },
          )
        )[0] ?? null)
      : await findBlock(repo, repo.db, value)
  if (mode === 'alt')
    return { rows: block ? [{ id: String(block.id), hashtag: block.hashtag }] : [] }
  return {
    data: block ? { exists: 1, id: String(block.id), hashtag: block.hashtag } : { exists: 0 },
  }
}

export const info: Service = async ({ repo, params, mode }) => {
  const hashtag = params.requiredText('hashtag')
  const block = await requireBlock(repo, repo.db, hashtag)
  return { data: presentBlock(block, await repo.variants(repo.db, [block.id]), mode) }
}
