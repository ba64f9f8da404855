// block.store: create a block (id 0), store a new version (empty status: a draft;
// publish_with_history: published), or overwrite one serial (…_without_history). No lock is
// documented: a new version does not check that `serial` is still the current one (the editor
// checks before it stores); the serial it was based on is kept in the history.
import type { Queryable } from '../../../storage/db'
import { checkLetc, textOf, withMeta } from '../letc'
import { DrumeeError, STORE_STATUSES } from '../model'
import type { BlockRow, StoreStatus } from '../model'
import { invalid, missing } from '../params'
import type { Params } from '../params'
import type { DrumeeRepository } from '../repository'
import { defaultLang, notFound } from './context'
import type { Service } from './context'

const isStatus = (value: string): value is StoreStatus =>
  (STORE_STATUSES as readonly string[]).includes(value)

const nameTaken = (hashtag: string): DrumeeError =>
  new DrumeeError(409, 'BLOCK_NAME_EXIST', `A block named "${hashtag}" already exists.`)

export const checkHashtag = (hashtag: string): string => {
  if (!/^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,127}$/u.test(hashtag)) {
    throw invalid('hashtag', 'must be letters, digits, "-", "_" or "." (at most 128)')
  }
  return hashtag
}

interface Target {
  block: BlockRow
  device: string
  lang: string
}

export const store: Service = async ({ repo, params, now, limits }) => {
  if (!params.has('letc')) throw missing('letc')
  const letc = checkLetc(params.raw('letc'), limits)
  const rawStatus = params.text('status') ?? ''
  if (!isStatus(rawStatus)) throw invalid('status', `must be one of ${STORE_STATUSES.join(', ')}`)
  const status = rawStatus
  const device = params.device()
  const lang = params.lang('lang', defaultLang())
  const id = params.text('id') ?? '0'
  const comment = params.text('comment') ?? ''
  const time = now()
  return repo.transaction(async (tx) => {
    const target: Target =
      id === '0' || id === ''
        ? { block: await create(repo, tx, params, time), device, lang }
        : { block: await existing(repo, tx, id, params), device, lang }
    const serial = await write(repo, tx, target, status, { letc, comment, time, params })
    await repo.touchBlock(tx, target.block.id, time)
    await repo.log(tx, {
      blockId: target.block.id,
      hashtag: target.block.hashtag,
      action: status === '' ? 'store' : status,
      device,
      lang,
      serial,
      now: time,
    })
    return {
      data: { id: String(target.block.id), active: String(serial), hashtag: target.block.hashtag },
    }
  })
}

async function create(repo: DrumeeRepository, tx: Queryable, params: Params, time: string) {
  const hashtag = params.text('name') || params.text('hashtag')
  if (!hashtag) throw missing('name or hashtag')
  checkHashtag(hashtag)
  if (await repo.blockByHashtag(tx, hashtag)) throw nameTaken(hashtag)
  return repo.insertBlock(tx, {
    hashtag,
    editor: params.text('editor') || 'creator',
    type: params.text('type') || 'page',
    now: time,
  })
}

async function existing(repo: DrumeeRepository, tx: Queryable, id: string, params: Params) {
  if (!/^[1-9][0-9]{0,8}$/.test(id)) throw invalid('id', 'must be a block id')
  if (!params.has('serial')) throw missing('serial')
  const block = await repo.blockById(tx, Number(id), true)
  if (!block) throw notFound(`with id ${id}`)
  return block
}

async function write(
  repo: DrumeeRepository,
  tx: Queryable,
  target: Target,
  status: StoreStatus,
  input: { letc: Record<string, unknown>; comment: string; time: string; params: Params },
): Promise<number> {
  const { block, device, lang } = target
  const variant = await repo.variant(tx, block.id, device, lang)
  const publish = status === 'publish_with_history' || status === 'publish_without_history'
  const meta = (serial: number) => ({ id: block.id, hashtag: block.hashtag, device, lang, serial })
  if (status === 'draft_without_history' || status === 'publish_without_history') {
    const serial = input.params.integer('serial', 0, 1)
    const version = await repo.version(tx, block.id, serial)
    if (!version || version.device !== device || version.lang !== lang) {
      throw new DrumeeError(
        404,
        'BLOCK_NOT_FOUND',
        `No version ${serial} of ${block.hashtag} (${device}, ${lang}) to overwrite.`,
      )
    }
    await repo.overwriteVersion(tx, version.history_id, {
      letc: withMeta(input.letc, meta(serial)),
      textIndex: textOf(input.letc),
      comment: input.comment || version.comment,
      now: input.time,
    })
    await repo.setVariant(tx, block.id, device, lang, {
      current: serial,
      online: publish ? serial : (variant?.online_serial ?? null),
    })
    return serial
  }
  const serial = await repo.nextSerial(tx, block.id)
  const base = input.params.integer('serial', 0)
  await repo.insertVersion(tx, {
    blockId: block.id,
    device,
    lang,
    serial,
    baseSerial: base > 0 ? base : null,
    letc: withMeta(input.letc, meta(serial)),
    textIndex: textOf(input.letc),
    comment: input.comment,
    now: input.time,
  })
  await repo.setVariant(tx, block.id, device, lang, {
    current: serial,
    online: publish ? serial : (variant?.online_serial ?? null),
  })
  return serial
}
