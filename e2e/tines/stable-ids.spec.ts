// BACKEND=tines: Tines numbers a new block itself, while the editor names it first. The editor's
// id must outlive a reload as the outbox does, or an edit restored after the reload names a block
// that no longer exists and never reaches Tines. Insert, save, move, save, edit offline, reload,
// go online: the edit lands on the block it was made on, and nothing else changes.
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures/tines-test'

const CASE = 1

/** Every block write of the page fails at the network level until the returned undo runs. */
async function cutBlockWrites(page: Page): Promise<() => Promise<void>> {
  const pattern = '**/api/backend/api/v2/cases/**'
  await page.route(pattern, (route) =>
    route.request().method() === 'GET' ? route.fallback() : route.abort('internetdisconnected'),
  )
  return () => page.unroute(pattern)
}

test('an edit kept offline across a reload reaches the new block it was made on', async ({
  page,
  context,
  editor,
  tines,
}) => {
  const before = await tines.blocks(CASE)
  const summary = before.find((b) => b.title === 'Summary' && b.block_group_id === null)
  if (!summary) throw new Error('the seed has no top-level "Summary"')
  await editor.open('cases', String(CASE))

  // A note from the palette, after Summary, saved: Tines gives it an id the editor did not choose.
  const shown = new Set(await editor.blockIds())
  await editor
    .block(String(summary.id))
    .getByRole('button', { name: 'Add block', exact: true })
    .click()
  const palette = page.getByRole('dialog', { name: 'Add block' })
  await palette.getByRole('combobox').fill('Note')
  await palette
    .getByRole('option', { name: /^Note\b/ })
    .first()
    .click()
  await expect(editor.blocks).toHaveCount(shown.size + 1)
  const clientId = (await editor.blockIds()).find((id) => !shown.has(id))
  if (!clientId) throw new Error('the palette inserted no block')
  await editor.save()
  await editor.expectSaved()
  const created = (await tines.blocks(CASE)).find((b) => !before.some((old) => old.id === b.id))
  if (!created) throw new Error('Tines holds no new block')
  expect(String(created.id)).not.toBe(clientId)

  // Moved above Summary and saved: one PUT addressed by Tines' id.
  await tines.clearRequests()
  await editor.keyboardMove(clientId, 'up')
  await editor.save()
  await editor.expectSaved()
  expect((await tines.requests()).map((r) => [r.method, r.path, r.body])).toEqual([
    ['PUT', `/api/v2/cases/${CASE}/blocks/${created.id}`, { position: 0 }],
  ])

  // Offline: the edit is kept on this device.
  await context.setOffline(true)
  await (await editor.field(clientId, 'Title')).fill('Edited offline')
  await expect(editor.saveStatus).toHaveText('Offline — 1 change kept on this device')

  // The page reloads (so the network is back), but block writes still fail until "online".
  const reconnect = await cutBlockWrites(page)
  await context.setOffline(false)
  await page.reload()
  await expect(page.getByText(/Restored 1 unsaved change/)).toBeVisible()
  expect(await editor.blockIds()).toContain(clientId)
  await expect(await editor.field(clientId, 'Title')).toHaveValue('Edited offline')

  await reconnect()
  await tines.clearRequests()
  await editor.save()
  await editor.expectSaved()
  const landed = (await tines.landed()).filter((r) => r.method !== 'GET')
  expect(landed.map((r) => [r.method, r.path, r.body])).toEqual([
    ['PUT', `/api/v2/cases/${CASE}/blocks/${created.id}`, { title: 'Edited offline' }],
  ])
  const after = await tines.blocks(CASE)
  expect(after).toHaveLength(before.length + 1)
  expect(after.find((b) => b.id === created.id)).toMatchObject({
    title: 'Edited offline',
    position: 0,
    block_group_id: null,
  })
  for (const old of before) {
    expect(after.find((b) => b.id === old.id)?.title).toBe(old.title)
  }
})
