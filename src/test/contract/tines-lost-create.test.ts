// A create whose answer is lost after Tines stored the block (the reference backend's
// fail-next {status: 504, applied: true}): the adapter must recognise the block it made, so no
// retry ever creates it a second time. Runs against the real server with its test hooks.
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Block, Operation } from '../../core'
import { applyOperations, findBlock, walkBlocks } from '../../core'
import { adapterError } from '../../adapters/contract/contract-helpers'
import { SERVER_START_MS } from '../../adapters/contract/define-adapter-contract'
import { createServer, originOf } from '../../server/app'
import type { ServerHandle } from '../../server/app'
import { loadConfig } from '../../server/config'
import { resetTinesSeed } from '../../server/reference/tines/seed/seed'
import type { FetchLike } from '../../adapters/http'
import { createTinesAdapter } from '../../adapters/tines/tines-adapter'

const RECORD = { collection: 'cases', id: '1' }

interface Logged {
  method: string
  path: string
  injectedStatus?: number
  applied?: boolean
}

describe('tines: a create whose answer is lost is never made twice', () => {
  let origin = ''
  let handle: ServerHandle
  let stop: () => Promise<void>
  /** How many GETs after a write fail with a dropped connection. */
  let failListsAfterWrite = 0
  let wrote = false

  const fetchSpy: FetchLike = async (input, init) => {
    const method = init?.method ?? 'GET'
    if (method !== 'GET') wrote = true
    else if (failListsAfterWrite > 0 && wrote) {
      failListsAfterWrite -= 1
      throw new TypeError('connection reset')
    }
    return fetch(input, init)
  }

  beforeAll(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tines-lost-create-'))
    const config = loadConfig({
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      BACKEND: 'tines',
      REFERENCE_TEST_HOOKS: '1',
    })
    handle = await createServer(config, { serveStatic: false, log: () => undefined })
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve(
        { fetch: handle.app.fetch, port: 0, hostname: '127.0.0.1' },
        (info: AddressInfo) => {
          origin = originOf('127.0.0.1', info.port)
          resolve(s)
        },
      )
    })
    handle.setOrigin(origin)
    stop = async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await handle.close()
      await rm(dataDir, { recursive: true, force: true })
    }
  }, SERVER_START_MS)
  afterAll(async () => stop?.(), SERVER_START_MS)

  const hook = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${origin}/__test/tines${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    })
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`)
    return response.status === 204 ? null : response.json()
  }
  const posts = async () =>
    ((await hook('GET', '/requests')) as Logged[]).filter((r) => r.method === 'POST')

  beforeEach(async () => {
    await resetTinesSeed(handle.db)
    await hook('DELETE', '/requests')
    failListsAfterWrite = 0
    wrote = false
  })

  const adapter = () => createTinesAdapter({ baseUrl: `${origin}/api/backend`, fetch: fetchSpy })
  const titled = (blocks: Block[], title: string): Block[] => {
    const found: Block[] = []
    walkBlocks(blocks, (b) => {
      if (b.value.title === title) found.push(b)
    })
    return found
  }
  const value = (title: string) => ({ title, hidden: false, color: 'white', content: 'Lost?' })
  const insertAfterFirst = (base: Block[], id: string, title: string): Operation => ({
    op: 'insertAfter',
    blockId: base[0]?.id ?? 'none',
    block: { id, type: 'note', value: value(title) },
  })

  it('a lone insert whose answer is lost is saved: the re-read finds it', async () => {
    const tines = adapter()
    const base = (await tines.loadRecord(RECORD)).blocks
    await hook('POST', '/fail-next', { status: 504, applied: true })
    const ops = [insertAfterFirst(base, 'mine-0', 'Lone')]
    const outcome = await tines.applyOperations(RECORD, ops, { version: null, base })
    expect(outcome.blocks?.[1]).toMatchObject({ id: 'mine-0', value: value('Lone') })
    expect(await posts()).toHaveLength(1)
    expect(titled((await adapter().loadRecord(RECORD)).blocks, 'Lone')).toHaveLength(1)
  })

  it('adopts the block after a 504 whose create landed, then edits it', async () => {
    const tines = adapter()
    const base = (await tines.loadRecord(RECORD)).blocks
    const ops: Operation[] = [
      insertAfterFirst(base, 'mine-1', 'Once only'),
      { op: 'update', blockId: 'mine-1', value: { ...value('Once only'), content: 'Edited' } },
    ]
    await hook('POST', '/fail-next', { status: 504, applied: true })
    const error = await adapterError(tines.applyOperations(RECORD, ops, { version: null, base }))
    // The re-read found the block where the insert put it: the insert counts as landed.
    expect(error.details.appliedCount).toBe(1)
    const landed = applyOperations(base, ops.slice(0, 1))
    if (!landed.ok) throw new Error(landed.message)
    const outcome = await tines.applyOperations(RECORD, ops.slice(1), {
      version: null,
      base: landed.blocks,
    })

    // The editor keeps its id; the edit that followed went to the adopted block.
    expect(findBlock(outcome.blocks ?? [], 'mine-1')?.value.content).toBe('Edited')
    const sent = await posts()
    expect(sent).toEqual([expect.objectContaining({ injectedStatus: 504, applied: true })])
    const held = titled((await adapter().loadRecord(RECORD)).blocks, 'Once only')
    expect(held).toHaveLength(1)
    expect(held[0]?.value.content).toBe('Edited')
    expect(held[0]?.id).toMatch(/^\d+$/)
  })

  it('when the re-read fails too, the retry adopts the block instead of posting again', async () => {
    const tines = adapter()
    const base = (await tines.loadRecord(RECORD)).blocks
    const ops = [insertAfterFirst(base, 'mine-2', 'Retried once')]
    await hook('POST', '/fail-next', { status: 504, applied: true })
    // Every re-read the adapter tries right after the failure (three) fails too.
    failListsAfterWrite = 3
    const error = await adapterError(tines.applyOperations(RECORD, ops, { version: null, base }))
    // Not counted as landed: the sync layer keeps the insert and sends the flush again.
    expect(error.details.appliedCount).toBe(0)

    const outcome = await tines.applyOperations(RECORD, ops, { version: null, base })
    expect(await posts()).toHaveLength(1)
    expect(titled(outcome.blocks ?? [], 'Retried once').map((b) => b.id)).toEqual(['mine-2'])
    const held = (await adapter().loadRecord(RECORD)).blocks
    expect(titled(held, 'Retried once')).toHaveLength(1)
    // At the place the insert named: right after the first block.
    expect(held[1]?.value.title).toBe('Retried once')
    expect(held).toHaveLength(base.length + 1)
  })

  it('a re-read that fails once is tried again, and the create is found at once', async () => {
    const tines = adapter()
    const base = (await tines.loadRecord(RECORD)).blocks
    await hook('POST', '/fail-next', { status: 504, applied: true })
    failListsAfterWrite = 1
    const ops = [insertAfterFirst(base, 'mine-5', 'Second look')]
    const outcome = await tines.applyOperations(RECORD, ops, { version: null, base })
    expect(outcome.blocks?.[1]?.id).toBe('mine-5')
    expect(failListsAfterWrite).toBe(0)
    expect(await posts()).toHaveLength(1)
  })

  it('still creates a block when the failed POST was not applied', async () => {
    const tines = adapter()
    const base = (await tines.loadRecord(RECORD)).blocks
    const ops = [insertAfterFirst(base, 'mine-3', 'Refused first')]
    await hook('POST', '/fail-next', { status: 504 })
    const error = await adapterError(tines.applyOperations(RECORD, ops, { version: null, base }))
    expect(error.details.appliedCount).toBe(0)
    await tines.applyOperations(RECORD, ops, { version: null, base })
    expect((await posts()).map((r) => r.injectedStatus ?? 201)).toEqual([504, 201])
    expect(titled((await adapter().loadRecord(RECORD)).blocks, 'Refused first')).toHaveLength(1)
  })

  it('does not adopt an equal block that stands elsewhere: it is not this create', async () => {
    const tines = adapter()
    const base = (await tines.loadRecord(RECORD)).blocks
    const last = base[base.length - 1]?.id ?? 'none'
    // Someone else's identical block, at the end rather than after the first block.
    const elsewhere: Operation = {
      op: 'insertAfter',
      blockId: last,
      block: { id: 'theirs', type: 'note', value: value('Twin') },
    }
    await adapter().applyOperations(RECORD, [elsewhere], { version: null, base })
    const ops = [insertAfterFirst(base, 'mine-4', 'Twin')]
    await tines.applyOperations(RECORD, ops, { version: null, base })
    expect(titled((await adapter().loadRecord(RECORD)).blocks, 'Twin')).toHaveLength(2)
    expect(await posts()).toHaveLength(2)
  })
})
