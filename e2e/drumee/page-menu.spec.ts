// BACKEND=drumee: the record's Page menu renames the page (its hashtag) and copies its saved
// draft as a new page, which then opens.
import { DESKTOP_EN, letcOf, rowsOf } from '../fixtures/drumee-backend'
import { expect, test } from '../fixtures/drumee-test'

const HOME = 1

test('renames the page, then copies it as a new page', async ({ editor, hub, page }) => {
  const draft = await hub.content(HOME, DESKTOP_EN, { status: 'draft' })
  // A hub's history row: its own id is the history entry's (what block.copy takes).
  const history = rowsOf(await hub.call('history', { id: String(HOME) }))
  const current = history.find((h) => h.serial === draft.serial)
  await editor.open('pages', String(HOME))
  const menuButton = page.getByRole('button', { name: 'Page', exact: true })

  await menuButton.click()
  const menu = page.getByRole('region', { name: 'Page' })
  await menu.getByLabel('New name').fill('start')
  await menu.getByRole('button', { name: 'Rename' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'start' })).toBeVisible()
  await expect(menuButton).toBeFocused()

  await menuButton.click()
  await menu.getByLabel('Name of the copy').fill('start-copy')
  await menu.getByRole('button', { name: 'Copy as a new page' }).click()
  await expect(page).toHaveURL(/\/edit\/pages\/5\?device=desktop&locale=en$/)
  await expect(page.getByRole('heading', { level: 1, name: 'start-copy' })).toBeVisible()

  expect(await hub.requests()).toEqual([
    { method: 'POST', path: '/-/svc/block.rename', body: { id: '1', name: 'start' } },
    {
      method: 'POST',
      path: '/-/svc/block.copy',
      body: { history_id: String(current?.id), locale: 'en', hashtag: 'start-copy', option: 1 },
    },
  ])
  const copy = await hub.content(5, DESKTOP_EN, { status: 'draft' })
  expect(copy.hashtag).toBe('start-copy')
  expect(letcOf(copy)).toEqual(letcOf(draft))
})
