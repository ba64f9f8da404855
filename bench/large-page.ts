// Makes the 10,000-block page through the reference backend's partner API, as any client with
// the key could: a new page holding the demo's 1,000-block page ten times under fresh ids.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Block, NewBlock } from '../src/core/types'

const BASE = '/ref/basker/partners/2026-02/demo'

export interface LargePage {
  collection: string
  id: string
  blocks: number
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function referenceKey(dataDir: string): string {
  const keys: unknown = JSON.parse(readFileSync(join(dataDir, 'reference-keys.json'), 'utf8'))
  if (!isObject(keys) || typeof keys.basker !== 'string') throw new Error('no reference key')
  return keys.basker
}

function copy(block: Block, suffix: string): NewBlock {
  const fresh: NewBlock = { id: `${block.id}-${suffix}`, type: block.type, value: block.value }
  if (block.children) fresh.children = block.children.map((child) => copy(child, suffix))
  return fresh
}

export async function createLargePage(
  url: string,
  dataDir: string,
  size = 10_000,
): Promise<LargePage> {
  const headers = {
    Authorization: `users API-Key ${referenceKey(dataDir)}`,
    'Content-Type': 'application/json',
  }
  const read = async (id: string): Promise<{ updatedAt: string; blocks: Block[] }> => {
    const response = await fetch(`${url}${BASE}/pages/${id}?draft=true`, { headers })
    if (!response.ok) throw new Error(`GET pages/${id} answered ${response.status}`)
    const record: unknown = await response.json()
    if (
      !isObject(record) ||
      typeof record.updatedAt !== 'string' ||
      !Array.isArray(record.blocks)
    ) {
      throw new Error(`pages/${id} has an unexpected shape`)
    }
    return { updatedAt: record.updatedAt, blocks: record.blocks as Block[] }
  }

  const source = await read('perf-1000')
  const blocks: NewBlock[] = []
  for (let round = 0; blocks.length < size; round += 1) {
    for (const block of source.blocks) {
      if (blocks.length >= size) break
      blocks.push(copy(block, `x${round}`))
    }
  }

  // A record of its own, created like any client would (the data directory is temporary).
  const id = `perf-${size}`
  const created = await fetch(`${url}${BASE}/pages`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ id, title: `Performance (${size} blocks)`, slug: id }),
  })
  if (!created.ok) throw new Error(`POST pages answered ${created.status}: ${await created.text()}`)
  // Chunks keep each request under the server's default 2 MB body limit: a replaceAll with the
  // first thousand blocks, then appends.
  const CHUNK = 1000
  for (let start = 0; start < blocks.length; start += CHUNK) {
    const chunk = blocks.slice(start, start + CHUNK)
    const operations =
      start === 0
        ? [{ op: 'replaceAll', blocks: chunk }]
        : chunk.map((block) => ({ op: 'append', block }))
    const { updatedAt } = await read(id)
    const response = await fetch(`${url}${BASE}/pages/${id}/blocks`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ draft: true, ifUpdatedAt: updatedAt, operations }),
    })
    if (!response.ok) {
      throw new Error(`writing pages/${id} answered ${response.status}: ${await response.text()}`)
    }
  }
  const written = await read(id)
  return { collection: 'pages', id, blocks: written.blocks.length }
}
