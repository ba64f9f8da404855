// BACKEND=tines: Tines has no drafts, so a save goes live. The editor says so ("Save", not "Save
// draft", and a line about going live) and lets the user save only on demand: then nothing is
// sent until Save, the status says how many changes wait, and leaving the page asks first.
import type { Page } from '@playwright/test'
import type { EditorPage } from '../fixtures/editor-page'
import { expect, test } from '../fixtures/tines-test'

const CASE = 1

/** Opens the case; a machine under load may take longer than the usual 10 s to show it. */
async function openCase(editor: EditorPage): Promise<void> {
  await editor.page.goto(`/edit/cases/${CASE}`)
  await expect(editor.blocks.first()).toBeVisible({ timeout: 60_000 })
}

/** Waits on the page's own clock, past several autosave delays (800 ms) since now. */
async function letAutosaveTimePass(page: Page): Promise<void> {
  const from = await page.evaluate(() => performance.now())
  await page.waitForFunction((start) => performance.now() - start >= 3000, from)
}

test('the words say a save goes live; saving on demand sends nothing until Save', async ({
  editor,
  tines,
  page,
}) => {
  // Several openings and a wait past the autosave delay: more than the default 30 s under load.
  test.slow()
  const summary = await tines.block(CASE, 'Summary')
  await openCase(editor)

  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save draft' })).toHaveCount(0)
  await expect(page.getByText('No drafts: changes go live as they are saved')).toBeVisible()
  const autosave = page.getByRole('checkbox', { name: 'Save automatically' })
  await expect(autosave).toBeChecked()

  await autosave.uncheck()
  await expect(page.getByText('No drafts: changes go live when you press Save')).toBeVisible()
  await editor.keyboardMove(String(summary.id), 'down')
  await expect(editor.saveStatus).toHaveText('1 change waiting for Save')
  await letAutosaveTimePass(page)
  expect(await tines.requests()).toEqual([])
  expect((await tines.block(CASE, 'Summary')).position).toBe(0)

  await editor.save()
  await editor.expectSaved()
  expect(await tines.requests()).toEqual([
    { method: 'PUT', path: `/api/v2/cases/${CASE}/blocks/${summary.id}`, body: { position: 1 } },
  ])

  // The choice is the user's, kept across a reload.
  await openCase(editor)
  await expect(autosave).not.toBeChecked()
  await editor.keyboardMove(String(summary.id), 'up')
  await expect(editor.saveStatus).toHaveText('1 change waiting for Save')

  // Leaving with a change not saved asks first.
  const asked = page.waitForEvent('dialog')
  await page.close({ runBeforeUnload: true })
  const dialog = await asked
  expect(dialog.type()).toBe('beforeunload')
  await dialog.accept()
  expect(await tines.requests()).toHaveLength(1)
})

test('with autosave on (the default), a change goes live without pressing Save', async ({
  editor,
  tines,
}) => {
  test.slow()
  const summary = await tines.block(CASE, 'Summary')
  await openCase(editor)
  await editor.keyboardMove(String(summary.id), 'down')
  await expect.poll(() => tines.requests()).toHaveLength(1)
  await editor.expectSaved()
})
