// A client for the Tines reference backend through app.request, for the server's tests.
import type { ServerHandle } from '../../app'

export interface TinesBlockJson {
  id: number
  slug: string
  title: string
  block_type: string
  position: number
  hidden: boolean
  block_group_id: number | null
  elements: { element_id: number; content?: string; note_type?: string; color?: string }[]
}

export const tinesClient = (server: ServerHandle, key: string) => {
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = { Authorization: `Bearer ${key}` },
  ) =>
    server.app.request(`/ref/tines/api/v2${path}`, {
      method,
      headers: {
        ...headers,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  return {
    call,
    /** Every block of a case in document order. */
    blocks: async (caseId: number): Promise<TinesBlockJson[]> => {
      const response = await call('GET', `/cases/${caseId}/blocks?per_page=500`)
      if (response.status !== 200) throw new Error(`list ${caseId}: ${response.status}`)
      return ((await response.json()) as { blocks: TinesBlockJson[] }).blocks
    },
  }
}

/** "title@position" of the top level, and of a group's children, for compact assertions. */
export const layout = (blocks: readonly TinesBlockJson[], groupId: number | null): string[] =>
  blocks
    .filter((b) => b.block_group_id === groupId)
    .sort((a, b) => a.position - b.position)
    .map((b) => `${b.title}@${b.position}`)
