// BACKEND=kragle: axe-core (WCAG 2.0–2.2 A and AA) finds nothing and the console stays quiet on
// the stack list, the editor (as opened, a block selected, the palette open, mid keyboard drag),
// the review, the preview, the block library (list, a block type, the new-type form), the users
// page and the login screen. Kragle has no theme settings and no versions.
import { ConsoleWatch, expectCleanScreen } from '../fixtures/axe'
import {
  auditRecordScreens,
  auditUsersAndLogin,
  SHORT_WALK_MS,
  SLOW,
  WALK_MS,
} from '../fixtures/axe-screens'
import { expect, test } from '../fixtures/kragle-test'

const STACK = '1'

test('the stack list, the editor, the review and the preview', async ({ editor }) => {
  test.setTimeout(WALK_MS)
  await auditRecordScreens(editor, 'stacks', STACK)
})

test('the block library', async ({ page, library }) => {
  test.setTimeout(SHORT_WALK_MS)
  const console = new ConsoleWatch(page)
  await page.goto('/library')
  await expect(library.rows.first()).toBeVisible(SLOW)
  await expectCleanScreen(page, console, 'the block library')

  await library.search('weath')
  await expect(library.rows).toHaveCount(1, SLOW)
  await library.rows.getByRole('link', { name: /weather/ }).click()
  await expect(page.getByRole('region', { name: 'Definition' })).toContainText('"city"', SLOW)
  await expectCleanScreen(page, console, 'a block type')

  await page.goto('/library')
  await page.getByRole('link', { name: 'New block type' }).click(SLOW)
  await expect(page.getByRole('heading', { name: 'New block type' })).toBeVisible(SLOW)
  await expectCleanScreen(page, console, 'the new block type form')
})

test('the users page and the login screen', async ({ page, request, kragle: _kragle }) => {
  test.setTimeout(SHORT_WALK_MS)
  await auditUsersAndLogin(page, request, new ConsoleWatch(page))
})
