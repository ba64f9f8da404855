// Issue 18, layout: the editor works from a phone to a wide screen. The toolbar keeps one row
// (what does not fit goes into "More"), the save status always shows words, the page never
// scrolls sideways, and on narrow screens the fields are a sheet that takes and gives back focus.
import { expect, test } from './fixtures/test'
import { holdAutosave, installClock } from './fixtures/hold-autosave'
import {
  expectNoSidewaysScroll,
  expectOneRow,
  expectWordedStatus,
  openEditor,
  toolbar,
} from './fixtures/layout-checks'

// Each test opens the editor at a width of its own; on a loaded machine opening takes a while.
test.slow()

const heroOf = (blocks: readonly { id: string; type: string }[]): string => {
  const hero = blocks.find((block) => block.type === 'hero')
  if (!hero) throw new Error('the demo home page has no hero block')
  return hero.id
}

test('at 1,440 px every toolbar control, Undo and Redo included, shares one row', async ({
  page,
  editor,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openEditor(editor, 'pages', 'home')
  const names = await expectOneRow(page)
  expect(names).toEqual(expect.arrayContaining(['Undo', 'Redo', 'Review', 'Save draft']))
  await expect(editor.button('Undo')).toBeVisible()
  await expect(page.getByRole('button', { name: 'More', exact: true })).toHaveCount(0)
  await expectWordedStatus(editor.saveStatus, /^Saved$/)
  await expectNoSidewaysScroll(page)
  // The side panels are columns here, not sheets.
  await expect(page.getByRole('complementary', { name: 'Block fields' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Fields', exact: true })).toHaveCount(0)
})

test('at 390 px the toolbar keeps one row, the rest is under "More", the status has words', async ({
  page,
  editor,
  backend,
}) => {
  const [home] = await backend.homeWithSchema()
  const hero = heroOf(home.blocks)
  await page.setViewportSize({ width: 390, height: 800 })
  await installClock(page)
  await openEditor(editor, 'pages', 'home')
  await expectOneRow(page)
  await expectWordedStatus(editor.saveStatus, /^Saved$/)
  await expectNoSidewaysScroll(page)
  // The header's site pages sit behind "Menu" rather than wrapping the bar.
  const headerBox = await page.getByRole('banner').boundingBox()
  expect(headerBox?.height ?? 0).toBeLessThanOrEqual(56)

  // Undo, Redo and the record's tools are one press away, under their own names.
  const more = page.getByRole('button', { name: 'More', exact: true })
  await more.click()
  await expect(more).toHaveAttribute('aria-expanded', 'true')
  await expect(editor.button('Undo')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Review', exact: true })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(more).toBeFocused()
  await expect(editor.button('Undo')).toBeHidden()

  // An unsaved change: the short form keeps the count and the word.
  await holdAutosave(page)
  await editor.select(hero)
  await editor.block(hero).getByRole('button', { name: 'Duplicate block' }).click()
  await expectWordedStatus(editor.saveStatus, /^1 unsaved$/)
  await expect(editor.saveStatus).toHaveText('1 unsaved change')
  await expectOneRow(page)
  await expectNoSidewaysScroll(page)
})

test('at 390 px the fields are a sheet: opened by "Fields", focus moves in and back', async ({
  page,
  editor,
  backend,
}) => {
  const [home] = await backend.homeWithSchema()
  const hero = heroOf(home.blocks)
  await page.setViewportSize({ width: 390, height: 800 })
  await openEditor(editor, 'pages', 'home')
  const sheet = page.getByRole('complementary', { name: 'Block fields' })
  // Nothing takes half the screen until asked for.
  await expect(sheet).toBeHidden()
  await editor.select(hero)
  await expect(sheet).toBeHidden()

  const open = page.getByRole('button', { name: 'Fields', exact: true })
  await open.click()
  await expect(sheet).toBeVisible()
  await expect(open).toHaveAttribute('aria-expanded', 'true')
  await expect(sheet.getByRole('textbox', { name: 'Heading', exact: true })).toBeVisible()
  expect(await sheet.evaluate((el) => el.contains(document.activeElement))).toBe(true)
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
  await expect(open).toBeFocused()

  // The Close button does the same; the outline opens the same way.
  await open.click()
  await sheet.getByRole('button', { name: 'Close' }).click()
  await expect(sheet).toBeHidden()
  await expect(open).toBeFocused()
  const outlineButton = page.getByRole('button', { name: 'Outline', exact: true })
  await outlineButton.click()
  const outline = page.getByRole('region', { name: 'Outline' })
  await expect(outline).toBeVisible()
  await expect(outline.getByRole('searchbox', { name: 'Filter blocks' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(outline).toBeHidden()
  await expect(outlineButton).toBeFocused()
  await expectNoSidewaysScroll(page)
  await expect(toolbar(page)).toBeVisible()
})

test("at 1,280 px with the preview open, no card's name runs under its actions", async ({
  page,
  editor,
}) => {
  await page.setViewportSize({ width: 1280, height: 860 })
  await openEditor(editor, 'pages', 'home')
  await page.getByRole('button', { name: 'Preview', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible()
  const overlaps = await page.locator('.block-card__header').evaluateAll((headers) =>
    headers.flatMap((header) => {
      const titles = header.querySelector('.block-card__titles')?.getBoundingClientRect()
      const actions = header.querySelector('.block-actions')?.getBoundingClientRect()
      if (!titles || !actions || actions.width === 0) return []
      const apart =
        titles.right <= actions.left + 0.5 ||
        actions.top >= titles.bottom - 0.5 ||
        titles.top >= actions.bottom - 0.5
      // The type badge stays inside its row too.
      const badge = header.querySelector('.block-card__type')?.getBoundingClientRect()
      const badgeInside = !badge || badge.right <= titles.right + 0.5
      return apart && badgeInside ? [] : [header.textContent ?? '']
    }),
  )
  expect(overlaps).toEqual([])
  await expectNoSidewaysScroll(page)
})
