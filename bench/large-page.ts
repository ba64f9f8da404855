// Makes the 10,000-block page through the partner API: a new page holding the demo's
// 1,000-block page again and again under fresh ids.
import type { Block, NewBlock } from '../src/core/types'
import type { ReferenceClient } from './reference-client'

// Keeps each request under the server's default 2 MB body limit.
const CHUNK = 1000

function copy(block: Block, suffix: string): NewBlock {
  const fresh: NewBlock = { id: `${block.id}-${suffix}`, type: block.type, value: block.value }
  if (block.children) fresh.children = block.children.map((child) => copy(child, suffix))
  return fresh
}

/** Creates pages/perf-<size> and returns its id and how many blocks it holds. */
export async function createLargePage(
  client: ReferenceClient,
  size = 10_000,
): Promise<{ id: string; blocks: number }> {
  const source = await client.readPage('perf-1000')
  const blocks: NewBlock[] = []
  for (let round = 0; blocks.length < size; round += 1) {
    for (const block of source.blocks) {
      if (blocks.length >= size) break
      blocks.push(copy(block, `x${round}`))
    }
  }
  const id = `perf-${size}`
  await client.createPage(id, `Performance (${size} blocks)`)
  for (let start = 0; start < blocks.length; start += CHUNK) {
    const chunk = blocks.slice(start, start + CHUNK)
    await client.patchBlocks(
      id,
      start === 0
        ? [{ op: 'replaceAll', blocks: chunk }]
        : chunk.map((block) => ({ op: 'append', block })),
    )
  }
  return { id, blocks: (await client.readPage(id)).blocks.length }
}
