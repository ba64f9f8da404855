// The services that change a block as a whole or one of its variants: unpublish, delete, purge,
// rename and copy. Decisions where Drumee's documentation is silent: src/adapters/drumee/README.md.
import { restamp } from '../letc'
import { DrumeeError } from '../model'
import { invalid, missing } from '../params'
import { findBlock, notFound, presentBlock, requireBlock } from './context'
import type { Service } from './context'
import { checkHashtag } from './store'

const nameTaken = (hashtag: string): DrumeeError =>
  new DrumeeError(409, 'BLOCK_NAME_EXIST', `A block named "${hashtag}" already exists.`)

/** Takes the variant offline; its draft pointer moves to the newest version it holds. */
export const unpublish: Service = async ({ repo, params, now }) => {
  const id = params.requiredText('id')
  const lang = params.lang('locale', '')
  if (lang === '') throw missing('locale')
  const device = params.device()
  return repo.transaction(async (tx) => {
    const block = await requireBlock(repo, tx, id, true)
    const variant = await repo.variant(tx, block.id, device, lang)
    if (!variant || variant.online_serial === null) {
      throw new DrumeeError(
        409,
        'NOT_PUBLISHED',
        `${block.hashtag} (${device}, ${lang}) is not published.`,
      )
    }
    const newest = await repo.history(
      tx,
      { blockId: block.id, device, lang, month: null },
      { offset: 0, limit: 1 },
    )
    const current = newest[0]?.serial ?? variant.current_serial
    await repo.setVariant(tx, block.id, device, lang, { current, online: null })
    const time = now()
    await repo.touchBlock(tx, block.id, time)
    await repo.log(tx, {
      blockId: block.id,
      hashtag: block.hashtag,
      action: 'unpublish',
      device,
      lang,
      serial: variant.online_serial,
      now: time,
    })
    return { data: presentBlock(block, await repo.variants(tx, [block.id])) }
  })
}

/** Removes one device+locale variant with its versions; refused while it is published. */
export const remove: Service = async ({ repo, params, now }) => {
  const id = params.requiredText('id')
  const lang = params.lang('locale', '')
  if (lang === '') throw missing('locale')
  const device = params.device()
  return repo.transaction(async (tx) => {
    const block = await requireBlock(repo, tx, id, true)
    const variant = await repo.variant(tx, block.id, device, lang)
    if (!variant) throw notFound(`${block.hashtag} for ${device}, ${lang}`)
    if (variant.online_serial !== null) {
      throw new DrumeeError(
        409,
        'UNPUBLISH_TO_DELETE',
        `${block.hashtag} (${device}, ${lang}) is published: unpublish it first.`,
      )
    }
    await repo.deleteVariant(tx, block.id, device, lang)
    const time = now()
    await repo.touchBlock(tx, block.id, time)
    await repo.log(tx, {
      blockId: block.id,
      hashtag: block.hashtag,
      action: 'delete',
      device,
      lang,
      now: time,
    })
    return { data: { id: String(block.id), device, lang } }
  })
}

/** Deletes the block, every variant and every version. */
export const purge: Service = async ({ repo, params, now }) => {
  const key = params.requiredText('id')
  return repo.transaction(async (tx) => {
    const block = await findBlock(repo, tx, key, true)
    if (!block) throw new DrumeeError(500, 'FAILED', `Purge failed: no block "${key}".`)
    await repo.deleteBlock(tx, block.id)
    await repo.log(tx, {
      blockId: block.id,
      hashtag: block.hashtag,
      action: 'purge',
      now: now(),
    })
    return { data: { id: String(block.id), hashtag: block.hashtag, purged: 1 } }
  })
}

export const rename: Service = async ({ repo, params, now }) => {
  const id = params.requiredText('id')
  const hashtag = params.text('name') || params.text('hashtag')
  if (!hashtag) throw missing('name or hashtag')
  checkHashtag(hashtag)
  return repo.transaction(async (tx) => {
    const block = await findBlock(repo, tx, id, true)
    if (!block) throw new DrumeeError(422, 'INVALID_DATA', `No block "${id}" to rename.`)
    const holder = await repo.blockByHashtag(tx, hashtag)
    if (holder && holder.id !== block.id) throw nameTaken(hashtag)
    const time = now()
    await repo.renameBlock(tx, block.id, hashtag, time)
    await repo.restampVersions(tx, block.id, (row) =>
      restamp(row.letc, {
        id: block.id,
        hashtag,
        device: row.device,
        lang: row.lang,
        serial: row.serial,
      }),
    )
    await repo.log(tx, { blockId: block.id, hashtag, action: 'rename', now: time })
    const renamed = { ...block, hashtag, updated_at: time }
    return { data: presentBlock(renamed, await repo.variants(tx, [block.id])) }
  })
}

/**
 * Copies one history entry into `locale` (same device): option 2 (or 0 without another hashtag)
 * as a new draft version of the same block; option 1 as the first version of a new page named
 * `hashtag`. Option 0 with a new hashtag asks for confirmation (409 CONFIRM_COPY_AS_NEW_PAGE).
 */
export const copy: Service = async ({ repo, params, now }) => {
  const historyId = params.integer('history_id', 0, 1)
  if (historyId === 0) throw missing('history_id')
  const lang = params.lang('locale', '')
  if (lang === '') throw missing('locale')
  const option = params.integer('option', 0)
  if (option > 2) throw invalid('option', 'must be 0, 1 or 2')
  const hashtag = params.text('hashtag') ?? ''
  return repo.transaction(async (tx) => {
    const source = await repo.versionByHistoryId(tx, historyId)
    if (!source) throw notFound(`history entry ${historyId}`)
    const from = await repo.blockById(tx, source.block_id, true)
    if (!from) throw notFound(`history entry ${historyId}`)
    const asNewPage = option === 1 || (option === 0 && hashtag !== '' && hashtag !== from.hashtag)
    const time = now()
    let block = from
    if (asNewPage) {
      if (hashtag === '') throw missing('hashtag')
      checkHashtag(hashtag)
      if (await repo.blockByHashtag(tx, hashtag)) throw nameTaken(hashtag)
      if (option === 0) {
        throw new DrumeeError(
          409,
          'CONFIRM_COPY_AS_NEW_PAGE',
          `"${hashtag}" is a new page: send option 1 to copy as a new page.`,
        )
      }
      block = await repo.insertBlock(tx, {
        hashtag,
        editor: from.editor,
        type: from.type,
        now: time,
      })
    }
    const serial = await repo.nextSerial(tx, block.id)
    const device = source.device
    const meta = { id: block.id, hashtag: block.hashtag, device, lang, serial }
    const stored = JSON.parse(source.letc) as Record<string, unknown>
    await repo.insertVersion(tx, {
      blockId: block.id,
      device,
      lang,
      serial,
      baseSerial: source.serial,
      letc: restamp(JSON.stringify(stored), meta),
      textIndex:
        (
          await tx.query<{ t: string }>(
            'SELECT text_index AS t FROM drumee_versions WHERE history_id = $1',
            [historyId],
          )
        ).rows[0]?.t ?? '',
      comment: `Copy of ${from.hashtag} version ${source.serial}`,
      now: time,
    })
    const variant = await repo.variant(tx, block.id, device, lang)
    await repo.setVariant(tx, block.id, device, lang, {
      current: serial,
      online: variant?.online_serial ?? null,
    })
    await repo.touchBlock(tx, block.id, time)
    await repo.log(tx, {
      blockId: block.id,
      hashtag: block.hashtag,
      action: 'copy',
      device,
      lang,
      serial,
      now: time,
    })
    return { data: { id: String(block.id), serial: String(serial), device, lang } }
  })
}
