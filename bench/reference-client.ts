// The benchmark's view of the reference backend: its partner API used directly with the key
// from the server's data directory, as any Basker client would.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Block, BlockTypeSchema } from '../src/core/types'

const BASE = '/ref/basker/partners/2026-02/demo'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export class ReferenceClient {
  private readonly headers: Record<string, string>

  constructor(
    private readonly url: string,
    dataDir: string,
  ) {
    const keys: unknown = JSON.parse(readFileSync(join(dataDir, 'reference-keys.json'), 'utf8'))
    if (!isObject(keys) || typeof keys.basker !== 'string') throw new Error('no reference key')
    this.headers = {
      Authorization: `users API-Key ${keys.basker}`,
      'Content-Type': 'application/json',
    }
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}${BASE}${path}`, {
      method,
      headers: this.headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    if (!response.ok) {
      throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`)
    }
    return response.json()
  }

  async readPage(id: string): Promise<{ updatedAt: string; blocks: Block[] }> {
    const record = await this.call('GET', `/pages/${id}?draft=true`)
    if (
      !isObject(record) ||
      typeof record.updatedAt !== 'string' ||
      !Array.isArray(record.blocks)
    ) {
      throw new Error(`pages/${id} has an unexpected shape`)
    }
    return { updatedAt: record.updatedAt, blocks: record.blocks as Block[] }
  }

  async pageSchema(): Promise<BlockTypeSchema[]> {
    const body = await this.call('GET', '/pages/blocks/schema')
    if (!isObject(body) || !Array.isArray(body.blocks)) throw new Error('unexpected schema shape')
    return body.blocks as BlockTypeSchema[]
  }

  async createPage(id: string, title: string): Promise<void> {
    await this.call('POST', '/pages', { id, title, slug: id })
  }

  async patchBlocks(id: string, operations: unknown[]): Promise<void> {
    const { updatedAt } = await this.readPage(id)
    await this.call('PATCH', `/pages/${id}/blocks`, {
      draft: true,
      ifUpdatedAt: updatedAt,
      operations,
    })
  }

  /** The first of a page's top-level blocks that has a rich-text field: the typing target. */
  async firstRichTextBlock(id: string): Promise<string> {
    const [{ blocks }, schema] = await Promise.all([this.readPage(id), this.pageSchema()])
    const rich = new Set(
      schema.filter((t) => t.fields.some((f) => f.type === 'richText')).map((t) => t.type),
    )
    const block = blocks.find((b) => rich.has(b.type))
    if (!block) throw new Error(`pages/${id} has no rich-text block`)
    return block.id
  }
}
