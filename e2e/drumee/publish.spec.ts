// BACKEND=drumee: publishing from the Versions panel, after a confirmation naming what goes live,
// makes the published content equal the draft; unpublishing takes it down again.
import { DESKTOP_EN, letcOf } from '../fixtures/drumee-backend'
import { expect, test } from '../fixtures/drumee-test'

const HOME = 1

test('publishing makes the published content equal the draft', async ({ editor, hub, page }) => {
  const draft = await hub.content(HOME, DESKTOP_EN, { status: 'draft' })
  const live = await hub.content(HOME, DESKTOP_EN, { status: 'published' })
  expect(letcOf(live)).not.toEqual(letcOf(draft))
  await editor.open('pages', String(HOME))

  await page.getByRole('button', { name: 'Versions', exact: true }).click()
  const panel = page.getByRole('region', { name: 'Versions' })
  await expect(panel.getByText(`Live: Version ${live.serial}.`)).toBeVisible()
  await panel.getByRole('button', { name: 'Publish draft…' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Publish home (Desktop, English)?' })
  await expect(dialog).toContainText(
    `Visitors of home (Desktop, English) will see Version ${draft.serial}, your current draft, in place of Version ${live.serial}.`,
  )
  await dialog.getByRole('button', { name: 'Publish' }).click()
  await expect(dialog).toBeHidden()

  await expect(panel.getByText('The draft is what is live.')).toBeVisible()
  expect(await hub.requests()).toEqual([
    {
      method: 'POST',
      path: '/-/svc/block.store',
      body: {
        id: '1',
        device: 'desktop',
        lang: 'en',
        serial: draft.serial,
        status: 'publish_without_history',
        letc: letcOf(draft),
      },
    },
  ])
  const published = await hub.content(HOME, DESKTOP_EN, { status: 'published' })
  expect(letcOf(published)).toEqual(letcOf(draft))
  expect(published.serial).toBe(draft.serial)

  await panel.getByRole('button', { name: 'Unpublish…' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Unpublish home (Desktop, English)?' })
  await confirm.getByRole('button', { name: 'Unpublish' }).click()
  await expect(panel.getByText('Nothing is live for this device and language.')).toBeVisible()
  expect((await hub.requests()).at(-1)).toEqual({
    method: 'POST',
    path: '/-/svc/block.unpublish',
    body: { id: '1', device: 'desktop', locale: 'en' },
  })
  // Visitors now get the hub's fallback: the French desktop page is still live.
  const fallback = await hub.content(HOME, DESKTOP_EN, { status: 'published' })
  expect([fallback.device, fallback.lang]).toEqual(['desktop', 'fr'])
})
