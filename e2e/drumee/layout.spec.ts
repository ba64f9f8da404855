// Issue 18, layout on Drumee, whose toolbar holds the most (device, language, versions, page):
// at 1,440 px "Save draft" shares the row with the rest; at 390 px they move under "More";
// a variant shown with another one's content says so.
import { expect, test } from '../fixtures/drumee-test'
import {
  expectNoSidewaysScroll,
  expectOneRow,
  expectWordedStatus,
  openEditor,
} from '../fixtures/layout-checks'

const HOME = 1

// Each test opens the editor at a width of its own; on a loaded machine opening takes a while.
test.slow()
// The seeded "about" page has no mobile version: the hub answers with the desktop one.
const ABOUT = 2

test('at 1,440 px Save draft is on the same row as the variant switches and versions', async ({
  page,
  editor,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openEditor(editor, 'pages', String(HOME))
  const names = await expectOneRow(page)
  expect(names).toEqual(expect.arrayContaining(['Versions', 'Page', 'Save draft', 'Undo']))
  await expect(page.getByLabel('Device', { exact: true })).toBeVisible()
  await expect(page.getByLabel('Language', { exact: true })).toBeVisible()
  await expectWordedStatus(editor.saveStatus, /^Saved$/)
  await expectNoSidewaysScroll(page)
})

test('at 390 px the switches are under "More" and still switch the variant', async ({
  page,
  editor,
}) => {
  await page.setViewportSize({ width: 390, height: 800 })
  await openEditor(editor, 'pages', String(HOME))
  await expectOneRow(page)
  await expectWordedStatus(editor.saveStatus, /^Saved$/)
  await expectNoSidewaysScroll(page)
  await page.getByRole('button', { name: 'More', exact: true }).click()
  await page.getByLabel('Language', { exact: true }).selectOption('fr')
  await expect(page).toHaveURL(/locale=fr/)
  // The other variant opens with "More" open and the switch focused.
  await expect(page.getByLabel('Language', { exact: true })).toBeFocused()
  await expectNoSidewaysScroll(page)
})

test('a variant without content of its own says whose content it shows', async ({
  page,
  editor,
}) => {
  await page.goto(`/edit/pages/${ABOUT}?device=mobile&locale=fr`)
  await expect(editor.blocks.first()).toBeVisible({ timeout: 30_000 })
  await expect(
    page.getByText('Showing Desktop content — no Mobile version yet. Saving creates it.'),
  ).toBeVisible()
  // Its own variant says nothing.
  await page.goto(`/edit/pages/${ABOUT}?device=desktop&locale=fr`)
  await expect(editor.blocks.first()).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText(/^Showing .* content/)).toHaveCount(0)
})
