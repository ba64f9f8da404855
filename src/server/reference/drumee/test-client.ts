// Calls the Drumee reference backend in-process (app.request) with the key of a chosen level.
// Used by its tests only.
import type { TestServer } from '../../test-support'
import { loadOrCreateNamedReferenceKey } from '../reference-keys'
import { DRUMEE_MOUNT } from './reference-backend'

export type KeyLevel = 'anonymous' | 'read' | 'write' | 'delete' | 'admin'

const KEY_NAMES: Record<Exclude<KeyLevel, 'anonymous'>, string> = {
  admin: 'drumee',
  delete: 'drumee-delete',
  write: 'drumee-write',
  read: 'drumee-read',
}

export interface DrumeeAnswer {
  status: number
  body: Record<string, unknown>
  headers: Headers
}

export const drumeeClient = (server: TestServer) => {
  const keys = new Map<string, string>()
  const keyOf = async (level: KeyLevel): Promise<string | null> => {
    if (level === 'anonymous') return null
    const name = KEY_NAMES[level]
    const known = keys.get(name) ?? (await loadOrCreateNamedReferenceKey(server.dataDir, name))
    keys.set(name, known)
    return known
  }
  return {
    async call(service: string, params: unknown = {}, level: KeyLevel = 'admin') {
      const key = await keyOf(level)
      const response = await server.app.request(`${DRUMEE_MOUNT}/-/svc/block.${service}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(key === null ? {} : { authorization: `Bearer ${key}` }),
        },
        body: JSON.stringify(params),
      })
      const text = await response.text()
      return {
        status: response.status,
        body: (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>,
        headers: response.headers,
      } satisfies DrumeeAnswer
    },
    async get(service: string, query: Record<string, string>) {
      const key = await keyOf('admin')
      const search = new URLSearchParams(query).toString()
      const response = await server.app.request(
        `${DRUMEE_MOUNT}/-/svc/block.${service}?${search}`,
        { headers: key === null ? {} : { authorization: `Bearer ${key}` } },
      )
      return { status: response.status, text: await response.text(), headers: response.headers }
    },
  }
}
