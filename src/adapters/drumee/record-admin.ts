// Renaming a hub page (its hashtag) and copying its current draft as a new page.
import { AdapterError } from '../types'
import type { RecordAdminApi } from '../types'
import { rowOf } from './hub-answers'
import { variantOf } from './hub-client'
import type { HubClient } from './hub-client'
import { copySchema, parse, renameSchema } from './schemas'
import { allHistory, historyIdOf, isCurrent } from './versions'

export function createRecordAdmin(hub: HubClient): RecordAdminApi {
  return {
    async rename(ref, name, ctx = {}) {
      const v = variantOf(ref)
      const reply = await hub.call('rename', { id: v.id, name: name.trim() }, ctx.signal)
      return { title: parse(renameSchema, rowOf(reply, 'rename answer'), 'rename answer').hashtag }
    },
    async copy(ref, name, ctx = {}) {
      const v = variantOf(ref)
      const current = (await allHistory(hub, v, ctx.signal)).find(isCurrent)
      if (!current) {
        throw new AdapterError('not-found', 'This page has no version of its own here to copy.')
      }
      const params = {
        history_id: historyIdOf(current),
        locale: v.lang,
        hashtag: name.trim(),
        option: 1,
      }
      const reply = await hub.call('copy', params, ctx.signal)
      return { ...ref, id: parse(copySchema, rowOf(reply, 'copy answer'), 'copy answer').id }
    },
  }
}
