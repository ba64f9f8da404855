// Two people on one record (two browser contexts, logged in as two users): each sees the other,
// A's save reaches B's canvas at once while B's own unsaved edit survives and is saved on top of
// it without a 409, and A's closed tab leaves B's toolbar. The Basker project runs it on one
// server; live-postgres on two servers sharing one PostgreSQL schema.
import type { Browser, Page } from '@playwright/test'
import { addUser, logIn, removeAllUsers } from './fixtures/auth'
import { findField } from './fixtures/demo'
import { EditorPage } from './fixtures/editor-page'
import { holdAutosave, installClock, resumeAutosave } from './fixtures/hold-autosave'
import { liveServers } from './fixtures/live-servers'
import { ReferenceBackend } from './fixtures/reference-backend'
import { expect, test } from './fixtures/test'

/** The limits: seeing each other and a save arriving take at most 2 s, leaving 10 s. */
const LIVE_MS = 2000
const LEAVE_MS = 10_000

async function personAt(browser: Browser, origin: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin })
  const page = await context.newPage()
  await page.goto('/')
  await logIn(page, email)
  await expect(page.getByRole('group', { name: 'Current user' })).toBeVisible()
  return page
}

const people = (page: Page) => page.getByRole('group', { name: 'People on this record' })

test.afterEach(async ({ request }) => {
  await removeAllUsers(request)
})

test('two people see each other, get each other’s saves live and see the other leave', async ({
  browser,
  playwright,
  request,
}, testInfo) => {
  // Two logins and two editors opening: more than one editor's share of the default 30 s.
  test.setTimeout(90_000)
  const servers = liveServers(testInfo)
  const [originA, originB] = servers.origins
  const hooksB = await playwright.request.newContext({ baseURL: originB })
  const backendA = new ReferenceBackend(request, servers.dataDir)
  const backendB = new ReferenceBackend(hooksB, servers.dataDir)
  // One database: the reset reseeds it once; the second server's request log is emptied too.
  await backendA.reset()
  await backendB.clearRequests()
  await addUser(request, 'ann@example.com', 'editor', 'Ann')
  await addUser(request, 'ben@example.com', 'editor', 'Ben')

  const [home, schema] = await backendA.homeWithSchema()
  const heading = findField(
    home.blocks.filter((b) => b.type === 'heading'),
    schema,
    'text',
  )
  const other = findField(
    home.blocks.filter((b) => b.type !== 'heading'),
    schema,
    'text',
  )
  const a = new EditorPage(await personAt(browser, originA, 'ann@example.com'))
  await a.open('pages', 'home')
  // B's record list says who is on each record.
  const pageB = await personAt(browser, originB, 'ben@example.com')
  await expect(pageB.getByRole('listitem').filter({ hasText: String(home.title) })).toContainText(
    'Open now by Ann',
  )
  const b = new EditorPage(pageB)
  await installClock(pageB)
  await b.open('pages', 'home')

  // Each sees the other, and only the other.
  await expect(people(a.page).getByRole('img', { name: 'Ben' })).toBeVisible({ timeout: LIVE_MS })
  await expect(people(b.page).getByRole('img', { name: 'Ann' })).toBeVisible({ timeout: LIVE_MS })
  await expect(people(a.page).getByRole('img')).toHaveCount(1)

  // A goes to the heading: B sees Ann's outline and name on it, in the outline, and hears it.
  const input = await a.field(heading.block.id, heading.field.label)
  await expect(b.block(heading.block.id).locator('[data-presence]')).toHaveText('Ann', {
    timeout: LIVE_MS,
  })
  await expect(
    b.page.locator(`[data-outline-id="${heading.block.id}"]`),
  ).toHaveAccessibleDescription('Ann is editing here')
  await expect(b.page.locator('[data-presence-live]')).toHaveText(/^Ann is editing \S/)

  // B edits another block and keeps it unsaved while A saves the heading.
  await holdAutosave(pageB)
  await (await b.field(other.block.id, other.field.label)).fill('Unsaved by Ben')
  // Counted from A's save landing (A's autosave waits 800 ms after the last keystroke first).
  const annSaved = a.page.waitForResponse(
    (response) => response.request().method() === 'PATCH' && response.ok(),
  )
  await input.fill('Typed live by Ann')
  await annSaved
  await expect(b.block(heading.block.id)).toContainText('Typed live by Ann', { timeout: LIVE_MS })
  // Shown without a reload, B's edit still on screen and nothing of B's sent yet.
  expect(await (await b.field(other.block.id, other.field.label)).inputValue()).toBe(
    'Unsaved by Ben',
  )
  const byBen = async () =>
    (await backendB.blockPatches()).filter((patch) =>
      patch.operations.some((op) => 'blockId' in op && op.blockId === other.block.id),
    )
  expect(await byBen()).toEqual([])
  const afterAnn = await backendA.readRecord('pages', 'home')
  expect(afterAnn.updatedAt).not.toBe(home.updatedAt)

  // B's save goes on top of A's version (it rebased already): one write, no 409 round trip.
  await resumeAutosave(pageB)
  await b.expectSaved()
  const bens = await byBen()
  expect(bens).toHaveLength(1)
  expect(bens[0]).toMatchObject({ ifUpdatedAt: afterAnn.updatedAt })
  expect(bens[0]?.operations).toEqual([
    { op: 'update', blockId: other.block.id, value: { [other.field.key]: 'Unsaved by Ben' } },
  ])
  const saved = await backendA.readRecord('pages', 'home')
  const value = (id: string, key: string) => saved.blocks.find((x) => x.id === id)?.value[key]
  expect(value(heading.block.id, heading.field.key)).toBe('Typed live by Ann')
  expect(value(other.block.id, other.field.key)).toBe('Unsaved by Ben')

  // A closes the tab: gone from B's toolbar and canvas.
  await a.page.close()
  await expect(people(b.page)).toHaveCount(0, { timeout: LEAVE_MS })
  await expect(b.block(heading.block.id).locator('[data-presence]')).toHaveCount(0)
  await hooksB.dispose()
})
