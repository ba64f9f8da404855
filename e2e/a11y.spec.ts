// Accessibility of every Basker screen: axe-core (WCAG 2.0–2.2 A and AA, e2e/fixtures/axe.ts)
// finds nothing and the console stays quiet on the record list, the editor (as opened, a block
// selected, the palette open, mid keyboard drag, the page's theme tab), the review, the preview,
// the site theme, the connection checks, the users page and the login screen.
import { ConsoleWatch, expectCleanScreen } from './fixtures/axe'
import {
  auditRecordScreens,
  auditUsersAndLogin,
  SHORT_WALK_MS,
  SLOW,
  WALK_MS,
} from './fixtures/axe-screens'
import { expect, test } from './fixtures/test'

test('the record list, the editor, the review and the preview', async ({ page, editor }) => {
  test.setTimeout(WALK_MS)
  await auditRecordScreens(editor, 'pages', 'home', async (console) => {
    await page.getByRole('tab', { name: 'Theme' }).click()
    await expect(page.getByRole('form', { name: 'Theme settings of this page' })).toBeVisible()
    await expectCleanScreen(page, console, 'the editor with the page theme tab')
  })
})

test('the site theme and the connection checks', async ({ page, backend: _backend }) => {
  test.setTimeout(SHORT_WALK_MS)
  const console = new ConsoleWatch(page)
  await page.goto('/theme')
  const form = page.getByRole('form', { name: 'Site theme settings' })
  await expect(form.getByRole('status')).toHaveText('Saved', SLOW)
  await expectCleanScreen(page, console, 'the site theme')

  await page.goto('/connection')
  await expect(page.getByRole('heading', { name: 'Connection' })).toBeVisible(SLOW)
  await expectCleanScreen(page, console, 'the connection checks')
})

test('the users page and the login screen', async ({ page, request, backend: _backend }) => {
  test.setTimeout(SHORT_WALK_MS)
  await auditUsersAndLogin(page, request, new ConsoleWatch(page))
})
