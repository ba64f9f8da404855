// The paged services: history, list, list_by, search, log and filter. Each answers one page of
// PAGE_SIZE (45) rows; a shorter page is the last. Rows carry the columns vendor-facts.md lists.
import { DrumeeError } from '../model'
import { invalid, missing } from '../params'
import { defaultLang, presentBlock, requireBlock, seconds } from './context'
import type { Service } from './context'

export const history: Service = async ({ repo, params, mode }) => {
  const id = params.requiredText('id')
  const month = params.integer('month', 0)
  const year = params.integer('year', 0)
  if (month !== 0 && year === 0) {
    throw new DrumeeError(400, 'MISSING_PARAM', 'year is required when month is non-zero.')
  }
  if (month > 12) throw invalid('month', 'must be 1 to 12')
  if (year !== 0 && month === 0) throw missing('month')
  const device = params.device()
  const lang = params.lang('lang', defaultLang())
  const block = await requireBlock(repo, repo.db, id)
  const variant = await repo.variant(repo.db, block.id, device, lang)
  const monthKey =
    month === 0 ? null : `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
  const rows = await repo.history(
    repo.db,
    { blockId: block.id, device, lang, month: monthKey },
    params.page(),
  )
  return {
    rows: rows.map((row) => {
      const current = variant?.current_serial === row.serial
      const hub = {
        hashtag: block.hashtag,
        author_id: 'reference',
        serial: row.serial,
        ctime: seconds(row.created_at),
        firstname: 'Reference',
        lastname: block.editor,
        lang: row.lang,
        device: row.device,
        active: current ? 1 : 0,
        created_date: row.created_at.slice(0, 10),
        status: current ? 'draft' : 'history',
        isonline: variant?.online_serial === row.serial ? 1 : 0,
      }
      // `hub`: the row's own id is the history entry's (what block.copy takes). `alt`: the id is
      // the block's and the entry's is `history_id`, with the comment and the full time.
      return mode === 'hub'
        ? { ...hub, id: row.history_id }
        : {
            ...hub,
            id: String(block.id),
            history_id: String(row.history_id),
            serial: String(row.serial),
            comment: row.comment,
            created_at: row.created_at,
          }
    }),
  }
}

export const list: Service = async ({ repo, params, mode }) => {
  const editor = params.text('editor') || 'creator'
  const blocks = await repo.listBlocks(
    { editor, name: '', ids: null },
    { column: 'id', direction: params.order() },
    params.page(),
  )
  const variants = await repo.variants(
    repo.db,
    blocks.map((b) => b.id),
  )
  return { rows: blocks.map((block) => presentBlock(block, variants, mode)) }
}

const SORT_COLUMNS = { date: 'updated_at', name: 'hashtag', id: 'id' } as const

/**
 * Blocks with a variant in `locale`, by published state: `1` published there, `0` not published
 * there, `all` either (the values are undocumented; these are this hub's).
 */
export const listBy: Service = async ({ repo, params }) => {
  const lang = params.lang('locale', defaultLang())
  const published = params.requiredText('published')
  if (published !== '0' && published !== '1' && published !== 'all') {
    throw invalid('published', 'must be 0, 1 or all')
  }
  const sortBy = params.text('sort_by') || 'date'
  if (!(sortBy in SORT_COLUMNS)) throw invalid('sort_by', 'must be date, name or id')
  const sort = params.requiredText('sort').toUpperCase()
  if (sort !== 'ASC' && sort !== 'DESC') throw invalid('sort', 'must be ASC or DESC')
  const all = await repo.listBlocks(
    { editor: null, name: params.text('name') ?? '', ids: null },
    { column: SORT_COLUMNS[sortBy as keyof typeof SORT_COLUMNS], direction: sort },
    { offset: 0, limit: 100_000 },
  )
  const variants = await repo.variants(
    repo.db,
    all.map((b) => b.id),
  )
  const matching = all.filter((block) => {
    const here = variants.filter((v) => v.block_id === block.id && v.lang === lang)
    if (here.length === 0) return false
    const online = here.some((v) => v.online_serial !== null)
    return published === 'all' || (published === '1') === online
  })
  const page = params.page()
  const rows = []
  for (const block of matching.slice(page.offset, page.offset + page.limit)) {
    const here = variants.filter((v) => v.block_id === block.id && v.lang === lang)
    for (const v of here) {
      const version = await repo.version(repo.db, block.id, v.current_serial)
      rows.push({
        history_id: version?.history_id ?? null,
        block_id: block.id,
        lang: v.lang,
        device: v.device,
        status: v.online_serial === null ? 'draft' : 'online',
        isonline: v.online_serial === null ? 0 : 1,
        hashtag: block.hashtag,
      })
    }
  }
  return { rows }
}

export const search: Service = async ({ repo, params }) => {
  const raw = (params.text('string') ?? '*').replace(/-/g, ' ').trim()
  const words = raw === '*' || raw === '' ? [] : raw.split(/\s+/).filter((w) => w !== '*')
  const hits = await repo.search(words, params.page())
  return {
    rows: hits.map((hit) => ({
      id: String(hit.block_id),
      hashtag: hit.hashtag,
      device: hit.device,
      lang: hit.lang,
      serial: hit.serial,
      excerpt: hit.text_index.slice(0, 160),
    })),
  }
}

export const log: Service = async ({ repo, params }) => {
  const rows = await repo.logPage(params.order(), params.page())
  return {
    rows: rows.map((row) => ({
      id: String(row.id),
      block_id: String(row.block_id),
      hashtag: row.hashtag,
      action: row.action,
      device: row.device,
      lang: row.lang,
      serial: row.serial,
      ctime: seconds(row.created_at),
    })),
  }
}

/** The platform's block models (the kinds of node a content tree is built from). */
export const MODELS = [
  { name: 'heading', label: 'Heading', container: 0 },
  { name: 'paragraph', label: 'Paragraph', container: 0 },
  { name: 'image', label: 'Image', container: 0 },
  { name: 'button', label: 'Button', container: 0 },
  { name: 'section', label: 'Section', container: 1 },
] as const

export const filter: Service = ({ params }) => {
  const page = params.page()
  return Promise.resolve({ rows: MODELS.slice(page.offset, page.offset + page.limit) })
}
