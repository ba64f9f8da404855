// Renaming a hub page (its hashtag) and copying its current draft as a new page.
import { AdapterError } from '../types'
import type { RecordAdminApi } from '../types'
import { parse, variantOf } from './hub-client'
import type { HubClient } from './hub-client'
import { copySchema, renameSchema } from './schemas'
import { allHistory } from './versions'

export function createRecordAdmin(hub: HubClient): RecordAdminApi {
  return {
    async rename(ref, name, ctx = {}) {
      const v = variantOf(ref)
      const reply = await hub.call('rename', { id: v.id, name: name.trim() }, ctx.signal)
      return { title: parse(renameSchema, reply, 'rename answer').data.hashtag }
    },
    async copy(ref, name, ctx = {}) {
      const v = variantOf(ref)
      const current = (await allHistory(hub, v, ctx.signal)).find((row) => row.is_current === 1)
      if (!current) {
        throw new AdapterError('not-found', 'This page has no version of its own here to copy.')
      }
      const params = {
        history_id: current.history_id,
        locale: v.lang,
        hashtag: name.trim(),
        option: 1,
      }
      const reply = parse(copySchema, await hub.call('copy', params, ctx.signal), 'copy answer')
      return { ...ref, id: reply.data.id }
    },
  }
}
