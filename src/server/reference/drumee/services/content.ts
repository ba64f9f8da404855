// The anonymous and read services: content (with its fallbacks), assembly, exists, info.
import { DrumeeError, DEVICES, HUB } from '../model'
import type { VariantRow } from '../model'
import { missing } from '../params'
import { defaultLang, findBlock, notFound, presentBlock, requireBlock } from './context'
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

export const content: Service = async ({ repo, params }) => {
  const key = params.text('name') || params.text('hashtag') || params.text('id')
  if (!key) throw missing('name, hashtag or id')
  const status = params.text('status') ?? ''
  if (status !== '' && status !== 'published' && status !== 'draft') {
    throw new DrumeeError(400, 'INVALID_PARAM', 'status must be published, draft or empty.')
  }
  const serial = params.integer('serial', 0)
  const device = params.device()
  const lang = params.lang('lang', params.lang('locale', defaultLang()))
  const block = await findBlock(repo, repo.db, key)
  if (!block) throw notFound(`"${key}"`)
  let chosen: number | null = null
  if (serial > 0) {
    chosen = (await repo.version(repo.db, block.id, serial)) ? serial : null
  } else {
    const variants = await repo.variants(repo.db, [block.id])
    for (const variant of fallbackOrder(variants, device, lang)) {
      chosen = status === 'published' ? variant.online_serial : variant.current_serial
      if (chosen !== null) break
    }
  }
  const version = chosen === null ? null : await repo.version(repo.db, block.id, chosen)
  if (!version) {
    throw new DrumeeError(
      404,
      'BLOCK_NOT_FOUND',
      `No content file for ${block.hashtag} (${device}, ${lang}${serial > 0 ? `, serial ${serial}` : ''}).`,
    )
  }
  const body = version.letc
  return {
    response: new Response(body, {
      status: 200,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'content-disposition': `inline; filename="${version.serial}.json"`,
        'cache-control': status === 'published' && serial === 0 ? LONG_CACHE : 'no-store',
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

export const exists: Service = async ({ repo, params }) => {
  const value = params.text('value') || params.text('string') || '*'
  if (value === '*') {
    const first = await repo.listBlocks(
      { editor: null, name: '', ids: null },
      { column: 'id', direction: 'ASC' },
      { offset: 0, limit: 1 },
    )
    return { data: { exists: first.length > 0 ? 1 : 0 } }
  }
  const block = await findBlock(repo, repo.db, value)
  return {
    data: block ? { exists: 1, id: String(block.id), hashtag: block.hashtag } : { exists: 0 },
  }
}

export const info: Service = async ({ repo, params }) => {
  const hashtag = params.requiredText('hashtag')
  const block = await requireBlock(repo, repo.db, hashtag)
  return { data: presentBlock(block, await repo.variants(repo.db, [block.id])) }
}
