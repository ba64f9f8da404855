// Retries and the network: a refused write is retried and applied once, a 429 waits for its
// Retry-After, a write whose answer was lost is checked by a re-read and never applied twice,
// and going offline keeps the edits on the device (said with their count) until the connection
// returns.
import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './fixtures/test'
import { holdAutosave, installClock, resumeAutosave } from './fixtures/hold-autosave'
import { findField } from './fixtures/demo'
import { TEST_HOOKS } from './fixtures/env'
import type { ReferenceBackend } from './fixtures/reference-backend'

interface LoggedWrite {
  method: string
  path: string
  body: { ifUpdatedAt?: unknown; operations?: unknown[] }
  injectedStatus?: number
  applied?: boolean
}

/** The reference backend's raw log of block PATCHes, with the injected failures marked. */
async function loggedPatches(request: APIRequestContext): Promise<LoggedWrite[]> {
  const response = await request.get(`${TEST_HOOKS}/requests`)
  expect(response.ok()).toBe(true)
  const log = (await response.json()) as LoggedWrite[]
  return log.filter((entry) => entry.method === 'PATCH' && /\/blocks\/?$/.test(entry.path))
}

async function failNext(
  request: APIRequestContext,
  failure: { status: number; applied?: boolean },
): Promise<void> {
  const response = await request.post(`${TEST_HOOKS}/fail-next`, { data: failure })
  expect(response.ok()).toBe(true)
}

/** When each PATCH …/blocks left the page (ms since the test started), to measure waits. */
function patchTimes(page: Page): number[] {
  const times: number[] = []
  page.on('request', (req) => {
    if (req.method() === 'PATCH' && /\/blocks$/.test(new URL(req.url()).pathname)) {
      times.push(Date.now())
    }
  })
  return times
}

async function duplicateFirst(backend: ReferenceBackend, page: Page) {
  const home = await backend.readRecord('pages', 'home')
  const first = home.blocks[0]
  if (!first) throw new Error('the seed needs a block')
  await page
    .locator(`li[data-block-id="${first.id}"]`)
    .getByRole('button', { name: 'Duplicate block' })
    .click()
  return { home, first }
}

test('a 503 is retried with backoff and the change is applied once', async ({
  page,
  request,
  editor,
  backend,
}) => {
  await editor.open('pages', 'home')
  await failNext(request, { status: 503 })
  const { home } = await duplicateFirst(backend, page)
  await editor.save()

  await editor.expectSaved()
  const patches = await loggedPatches(request)
  expect(patches).toHaveLength(2)
  expect(patches[0]?.injectedStatus).toBe(503)
  expect(patches[1]?.injectedStatus).toBeUndefined()
  // The same write, sent again unchanged: nothing had been written.
  expect(patches[1]?.body).toEqual(patches[0]?.body)
  expect(patches[1]?.body.ifUpdatedAt).toBe(home.updatedAt)
  const saved = await backend.readRecord('pages', 'home')
  expect(saved.blocks).toHaveLength(home.blocks.length + 1)
  expect(saved.blocks.map((b) => b.id)).toEqual(await editor.blockIds())
})

test('a 429 waits for Retry-After before sending again', async ({
  page,
  request,
  editor,
  backend,
}) => {
  const times = patchTimes(page)
  // The page's clock stops while the 429 is on screen: on a slow machine the autosave and the
  // retry one second later could both be over before the status is first read.
  await installClock(page)
  await editor.open('pages', 'home')
  await failNext(request, { status: 429 })
  await holdAutosave(page)
  const { home } = await duplicateFirst(backend, page)
  await editor.save()
  await expect(editor.saveStatus).toHaveText('Offline — 1 change kept on this device')
  await expect(page.getByText(/Too many saves/)).toBeVisible()
  await resumeAutosave(page)

  await editor.expectSaved()
  const patches = await loggedPatches(request)
  expect(patches.map((p) => p.injectedStatus ?? 200)).toEqual([429, 200])
  expect(patches[1]?.body).toEqual(patches[0]?.body)
  // The hook answers Retry-After: 1 (second); jittered backoff alone could have retried sooner.
  expect(times).toHaveLength(2)
  expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(950)
  const saved = await backend.readRecord('pages', 'home')
  expect(saved.blocks).toHaveLength(home.blocks.length + 1)
})

test('a write that landed but whose answer was lost is not applied twice', async ({
  request,
  page,
  editor,
  backend,
}) => {
  await editor.open('pages', 'home')
  // The backend applies the write, then the answer is replaced by a gateway timeout.
  await failNext(request, { status: 504, applied: true })
  const { home, first } = await duplicateFirst(backend, page)
  await editor.save()

  await editor.expectSaved()
  const patches = await loggedPatches(request)
  // One PATCH only: the re-read found it had landed, so it was never resent.
  expect(patches).toHaveLength(1)
  expect(patches[0]).toMatchObject({ injectedStatus: 504, applied: true })
  const saved = await backend.readRecord('pages', 'home')
  expect(saved.blocks).toHaveLength(home.blocks.length + 1)
  expect(saved.blocks.map((b) => b.id)).toEqual(await editor.blockIds())
  await expect(page.getByRole('button', { name: /Keep mine/ })).toHaveCount(0)

  // The next edit is based on the version the re-read brought: no conflict, one more PATCH.
  await page
    .locator(`li[data-block-id="${first.id}"]`)
    .getByRole('button', { name: 'Duplicate block' })
    .click()
  await editor.save()
  await expect.poll(async () => (await loggedPatches(request)).length).toBe(2)
  await editor.expectSaved()
  const [, second] = await loggedPatches(request)
  expect(second?.body.ifUpdatedAt).toBe(saved.updatedAt)
  expect(second?.injectedStatus).toBeUndefined()
})

test('offline keeps the changes on the device, says how many, and saves them on reconnect', async ({
  page,
  request,
  editor,
  backend,
}) => {
  const [home, schema] = await backend.homeWithSchema()
  const { block, field } = findField(home.blocks, schema, 'text')
  await editor.open('pages', 'home')
  await page.context().setOffline(true)

  const input = await editor.field(block.id, field.label)
  await input.fill('Typed while offline')
  await duplicateFirst(backend, page)
  await expect(editor.saveStatus).toHaveText('Offline — 2 changes kept on this device')
  await editor.save()
  await expect(editor.saveStatus).toHaveText('Offline — 2 changes kept on this device')
  expect(await loggedPatches(request)).toEqual([])

  await page.context().setOffline(false)
  await editor.expectSaved()
  const patches = await loggedPatches(request)
  expect(patches).toHaveLength(1)
  expect(patches[0]?.body.ifUpdatedAt).toBe(home.updatedAt)
  expect(patches[0]?.body.operations).toHaveLength(2)
  expect(patches[0]?.body.operations).toContainEqual({
    op: 'update',
    blockId: block.id,
    value: { [field.key]: 'Typed while offline' },
  })
  const saved = await backend.readRecord('pages', 'home')
  expect(saved.blocks.find((b) => b.id === block.id)?.value[field.key]).toBe('Typed while offline')
  expect(saved.blocks.map((b) => b.id)).toEqual(await editor.blockIds())
})
