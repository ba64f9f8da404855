// BACKEND=drumee: axe-core (WCAG 2.0–2.2 A and AA) finds nothing and the console stays quiet on
// the page list, the editor (as opened, a block selected, the palette open, mid keyboard drag),
// the Versions panel and an old version beside the draft, the Page menu, the review, the
// preview, the users page and the login screen. Drumee has no theme settings.
import { expect } from '@playwright/test'
import { ConsoleWatch, expectCleanScreen } from '../fixtures/axe'
import {
  auditRecordScreens,
  auditUsersAndLogin,
  SHORT_WALK_MS,
  WALK_MS,
} from '../fixtures/axe-screens'
import { test } from '../fixtures/drumee-test'

const HOME = '1'

test('the page list, the editor, its versions, the review and the preview', async ({
  page,
  editor,
}) => {
  test.setTimeout(WALK_MS)
  await auditRecordScreens(editor, 'pages', HOME, async (console) => {
    await page.getByRole('button', { name: 'Versions', exact: true }).click()
    const versions = page.getByRole('region', { name: 'Versions' })
    await expect(versions.getByRole('list', { name: 'Stored versions' })).toBeVisible()
    await expectCleanScreen(page, console, 'the Versions panel')
    await versions.getByRole('button', { name: 'Open Version 1', exact: true }).click()
    await expect(versions.getByRole('region', { name: 'Version 1 beside the draft' })).toBeVisible()
    await expectCleanScreen(page, console, 'an old version beside the draft')
    await page.getByRole('button', { name: 'Versions', exact: true }).click()

    await page.getByRole('button', { name: 'Page', exact: true }).click()
    await expect(page.getByRole('region', { name: 'Page' })).toBeVisible()
    await expectCleanScreen(page, console, 'the Page menu')
  })
})

test('the users page and the login screen', async ({ page, request, hub: _hub }) => {
  test.setTimeout(SHORT_WALK_MS)
  await auditUsersAndLogin(page, request, new ConsoleWatch(page))
})
