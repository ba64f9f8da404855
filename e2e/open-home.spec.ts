// Issue 2: the demo content opens in a real browser, from the record list to the canvas.
import { expect, test } from './fixtures/test'
import { ids } from './fixtures/demo'

test('the record list links to the demo home page, which shows all its blocks in order', async ({
  page,
  editor,
  backend,
}) => {
  const home = await backend.readRecord('pages', 'home')
  expect(home.blocks.length).toBeGreaterThan(5)

  await page.goto('/')
  const link = page.locator('a[href$="/edit/pages/home"]')
  await expect(link.first()).toBeVisible()
  await expect(link.first()).toContainText('Home')
  await link.first().click()

  await expect(page).toHaveURL(/\/edit\/pages\/home$/)
  await expect(editor.blocks).toHaveCount(home.blocks.length)
  expect(await editor.blockIds()).toEqual(ids(home.blocks))
  for (const block of home.blocks) {
    await expect(editor.handle(block.id)).toBeVisible()
  }
  await expect(editor.saveStatus).toHaveText('Saved')
})

test('opening the editor by URL shows the same blocks as the backend holds', async ({
  editor,
  backend,
}) => {
  const about = await backend.readRecord('pages', 'about')
  await editor.open('pages', 'about')
  await expect(editor.blocks).toHaveCount(about.blocks.length)
  expect(await editor.blockIds()).toEqual(ids(about.blocks))
})
