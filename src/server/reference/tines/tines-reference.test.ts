// The Tines reference backend over app.request: documented statuses, and the decisions the
// documentation leaves open (positions within a container, hidden blocks counted, siblings shift).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SLOW, startTestServer } from '../../test-support'
import type { TestServer } from '../../test-support'
import { loadOrCreateNamedReferenceKey } from '../reference-keys'
import { resetTinesSeed } from './seed/seed'
import { layout, tinesClient } from './test-client'
import type { TinesBlockJson } from './test-client'

let server: TestServer
let client: ReturnType<typeof tinesClient>
let key: string
const CASE = 1

beforeAll(async () => {
  server = await startTestServer()
  key = await loadOrCreateNamedReferenceKey(server.dataDir, 'tines')
  client = tinesClient(server, key)
}, SLOW)
afterAll(async () => server?.dispose(), SLOW)
beforeEach(async () => resetTinesSeed(server.db))

const byTitle = (blocks: TinesBlockJson[], title: string): TinesBlockJson => {
  const found = blocks.find((b) => b.title === title)
  if (!found) throw new Error(`no block "${title}"`)
  return found
}

describe('authentication', () => {
  it('accepts Bearer and x-user-token, refuses the Basker key and no key', async () => {
    expect((await client.call('GET', '/cases')).status).toBe(200)
    const token = await client.call('GET', '/cases', undefined, { 'x-user-token': key })
    expect(token.status).toBe(200)
    const basker = { Authorization: `Bearer ${server.referenceKey}` }
    expect((await client.call('GET', '/cases', undefined, basker)).status).toBe(401)
    expect((await client.call('GET', '/cases', undefined, {})).status).toBe(401)
  })
})

describe('cases and listing', () => {
  it('pages cases with Tines meta', async () => {
    const response = await client.call('GET', '/cases?per_page=3&page=1')
    const body = (await response.json()) as { cases: unknown[]; meta: Record<string, unknown> }
    expect(body.cases).toHaveLength(3)
    expect(body.meta).toMatchObject({ per_page: 3, pages: 2, count: 4, next_page_number: 2 })
    expect(body.meta.previous_page).toBeNull()
    expect((await client.call('GET', '/cases?per_page=501')).status).toBe(400)
    expect((await client.call('GET', '/cases/999')).status).toBe(404)
  })

  it('lists blocks in document order, by type and page, and gets one by id or slug', async () => {
    const all = await client.blocks(CASE)
    expect(new Set(all.map((b) => b.block_type)).size).toBe(8)
    const notes = await client.call('GET', `/cases/${CASE}/blocks?block_type=note&per_page=2`)
    const page = (await notes.json()) as { blocks: TinesBlockJson[]; meta: { count: number } }
    expect(page.blocks.map((b) => b.title)).toEqual(['Summary', 'Sender reputation'])
    expect(page.meta.count).toBe(4)
    const summary = byTitle(all, 'Summary')
    const bySlug = await client.call('GET', `/cases/${CASE}/blocks/blk_summary`)
    expect(((await bySlug.json()) as { block: TinesBlockJson }).block.id).toBe(summary.id)
    expect((await client.call('GET', `/cases/${CASE}/blocks/blk_nope`)).status).toBe(404)
    expect((await client.call('GET', `/cases/2/blocks/${summary.id}`)).status).toBe(404)
  })
})

describe('create', () => {
  it('creates a note at a position, shifting siblings, with its note element', async () => {
    const response = await client.call('POST', `/cases/${CASE}/blocks`, {
      title: 'New finding',
      block_type: 'note',
      position: 1,
      elements: [{ content: 'Seen twice', note_type: 'text', color: 'blue' }],
    })
    expect(response.status).toBe(201)
    const { block } = (await response.json()) as { block: TinesBlockJson }
    expect(block).toMatchObject({ slug: 'blk_new_finding', position: 1, hidden: false })
    expect(block.elements[0]).toMatchObject({
      content: 'Seen twice',
      color: 'blue',
      note_type: 'text',
    })
    expect(layout(await client.blocks(CASE), null).slice(0, 3)).toEqual([
      'Summary@0',
      'New finding@1',
      'Email headers@2',
    ])
  })

  it('creates inside a group by slug and refuses what Tines would not accept', async () => {
    const created = await client.call('POST', `/cases/${CASE}/blocks`, {
      title: 'Html in group',
      block_type: 'html',
      block_group_id: 'blk_investigation',
      position: 0,
    })
    const { block } = (await created.json()) as { block: TinesBlockJson }
    expect(block.elements[0]).toMatchObject({ note_type: 'html', color: 'white', content: '' })
    const blocks = await client.blocks(CASE)
    expect(layout(blocks, byTitle(blocks, 'Investigation').id)[0]).toBe('Html in group@0')
    const post = (body: unknown) => client.call('POST', `/cases/${CASE}/blocks`, body)
    expect((await post({ title: 'x', block_type: 'poem' })).status).toBe(422)
    expect((await post({ block_type: 'note' })).status).toBe(422)
    expect((await post({ title: 'x', block_type: 'note', position: -1 })).status).toBe(422)
    const colour = { title: 'x', block_type: 'note', elements: [{ color: 'pink' }] }
    expect((await post(colour)).status).toBe(422)
    // The create names the note type, and it must be the one the block type fixes.
    const untyped = { title: 'x', block_type: 'note', elements: [{ content: 'a' }] }
    const untypedAnswer = await post(untyped)
    expect(untypedAnswer.status).toBe(422)
    expect(JSON.stringify(await untypedAnswer.json())).toContain('note_type must be \\"text\\"')
    const mistyped = { title: 'x', block_type: 'html', elements: [{ note_type: 'text' }] }
    expect((await post(mistyped)).status).toBe(422)
    const nested = { title: 'x', block_type: 'block_group', block_group_id: 'blk_investigation' }
    expect((await post(nested)).status).toBe(422)
    expect(
      (await client.call('POST', '/cases/999/blocks', { title: 'x', block_type: 'note' })).status,
    ).toBe(404)
    const bad = await server.app.request(`/ref/tines/api/v2/cases/${CASE}/blocks`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: '{nope',
    })
    expect(bad.status).toBe(400)
  })
})

describe('update', () => {
  it('moves within the top level; hidden blocks count and siblings close up', async () => {
    const before = await client.blocks(CASE)
    const internal = byTitle(before, 'Internal notes')
    expect(internal.hidden).toBe(true)
    const response = await client.call('PUT', `/cases/${CASE}/blocks/${internal.id}`, {
      position: 0,
    })
    expect(response.status).toBe(200)
    expect(layout(await client.blocks(CASE), null)).toEqual([
      'Internal notes@0',
      'Summary@1',
      'Email headers@2',
      'Attachments@3',
      'Investigation@4',
      'Related cases@5',
      'Case metadata@6',
      'Closure conditions@7',
    ])
  })

  it('counts position within a group, moves in and out with block_group_id', async () => {
    const before = await client.blocks(CASE)
    const group = byTitle(before, 'Investigation')
    const summary = byTitle(before, 'Summary')
    await client.call('PUT', `/cases/${CASE}/blocks/${summary.id}`, {
      block_group_id: group.id,
      position: 1,
    })
    let blocks = await client.blocks(CASE)
    expect(layout(blocks, group.id)).toEqual([
      'Sender reputation@0',
      'Summary@1',
      'Analyst scratchpad@2',
      'Block sender domain@3',
    ])
    expect(layout(blocks, null)[0]).toBe('Email headers@0')
    const scratch = byTitle(blocks, 'Analyst scratchpad')
    await client.call('PUT', `/cases/${CASE}/blocks/blk_analyst_scratchpad`, {
      block_group_id: null,
      position: 0,
    })
    blocks = await client.blocks(CASE)
    expect(byTitle(blocks, 'Analyst scratchpad')).toMatchObject({ id: scratch.id, position: 0 })
    expect(layout(blocks, group.id)).toEqual([
      'Sender reputation@0',
      'Summary@1',
      'Block sender domain@2',
    ])
  })

  it('regenerates the slug on rename, toggles hidden, and refuses bad values', async () => {
    const summary = byTitle(await client.blocks(CASE), 'Summary')
    const response = await client.call('PUT', `/cases/${CASE}/blocks/blk_summary`, {
      title: 'Executive summary',
      hidden: true,
    })
    const { block } = (await response.json()) as { block: TinesBlockJson }
    expect(block).toMatchObject({ id: summary.id, slug: 'blk_executive_summary', hidden: true })
    expect((await client.call('GET', `/cases/${CASE}/blocks/blk_summary`)).status).toBe(404)
    const put = (body: unknown) => client.call('PUT', `/cases/${CASE}/blocks/${summary.id}`, body)
    expect((await put({ title: '' })).status).toBe(422)
    expect((await put({ hidden: 'yes' })).status).toBe(422)
    expect((await put({ block_group_id: 'blk_related_cases' })).status).toBe(422)
    expect((await put({ block_group_id: 'blk_investigation', position: 'x' })).status).toBe(422)
    expect(
      (await client.call('PUT', `/cases/${CASE}/blocks/424242`, { hidden: true })).status,
    ).toBe(404)
    expect(byTitle(await client.blocks(CASE), 'Executive summary').block_group_id).toBeNull()
  })
})

describe('delete', () => {
  it('answers 204 and closes the gap', async () => {
    const response = await client.call('DELETE', `/cases/${CASE}/blocks/blk_email_headers`)
    expect(response.status).toBe(204)
    expect(layout(await client.blocks(CASE), null).slice(0, 2)).toEqual([
      'Summary@0',
      'Attachments@1',
    ])
    expect((await client.call('DELETE', `/cases/${CASE}/blocks/blk_email_headers`)).status).toBe(
      404,
    )
  })

  it('deletes a group with include_children, or ungroups its children in its place', async () => {
    await client.call('DELETE', `/cases/${CASE}/blocks/blk_investigation`)
    let blocks = await client.blocks(CASE)
    expect(layout(blocks, null).slice(2, 7)).toEqual([
      'Attachments@2',
      'Sender reputation@3',
      'Analyst scratchpad@4',
      'Block sender domain@5',
      'Related cases@6',
    ])
    await resetTinesSeed(server.db)
    await client.call('DELETE', `/cases/${CASE}/blocks/blk_investigation?include_children=true`)
    blocks = await client.blocks(CASE)
    expect(blocks.map((b) => b.title)).not.toContain('Sender reputation')
    expect(layout(blocks, null)[3]).toBe('Related cases@3')
  })
})

describe('elements', () => {
  it('gets and updates a note element, appends content, refuses a bad colour', async () => {
    const summary = byTitle(await client.blocks(CASE), 'Summary')
    const elementId = summary.elements[0]?.element_id
    const path = `/cases/${CASE}/blocks/${summary.id}/elements/${elementId}`
    expect((await client.call('GET', path)).status).toBe(200)
    const updated = await client.call('PUT', path, { content: 'Rewritten', color: 'red' })
    expect(updated.status).toBe(200)
    await client.call('POST', `/cases/${CASE}/blocks/${summary.id}/content`, { content: 'More' })
    const after = byTitle(await client.blocks(CASE), 'Summary').elements[0]
    expect(after).toMatchObject({ content: 'Rewritten\nMore', color: 'red' })
    expect((await client.call('PUT', path, { color: 'pink' })).status).toBe(422)
    expect((await client.call('PUT', `${path}9`, { color: 'red' })).status).toBe(404)
    const meta = byTitle(await client.blocks(CASE), 'Case metadata')
    const append = await client.call('POST', `/cases/${CASE}/blocks/${meta.id}/content`, {
      content: 'x',
    })
    expect(append.status).toBe(422)
  })
})
