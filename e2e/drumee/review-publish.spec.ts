// BACKEND=drumee: publishing from the review. The confirmation names the page, its device and its
// language; a visible line says it is published; with nothing left to publish the button is off;
// Unpublish is red, set apart, and asks first.
import { DESKTOP_EN, letcOf } from '../fixtures/drumee-backend'
import { expect, test } from '../fixtures/drumee-test'

const HOME = 1

test('publishing from the review names page, device and language and says it is done', async ({
  hub,
  page,
}) => {
  test.slow()
  const draft = await hub.content(HOME, DESKTOP_EN, { status: 'draft' })
  await page.goto(`/review/pages/${HOME}?device=desktop&locale=en`)
  const toolbar = page.locator('.editor-toolbar')
  const publish = toolbar.getByRole('button', { name: 'Publish', exact: true })
  // Loading the review can take long on a machine under load.
  await expect(publish).toBeVisible({ timeout: 60_000 })
  await expect(publish).toBeEnabled()

  await publish.click()
  const dialog = page.getByRole('alertdialog', { name: 'Publish “home” (Desktop, English)?' })
  await expect(dialog).toContainText(/“home” \(Desktop, English\) goes live with \d+ changes?/)
  await dialog.getByRole('button', { name: 'Publish' }).click()
  await expect(dialog).toBeHidden()

  await expect(
    page.getByText('Published “home” (Desktop, English): visitors see it now.'),
  ).toBeVisible()
  await expect(publish).toBeDisabled()
  await expect(publish).toBeFocused()
  const published = await hub.content(HOME, DESKTOP_EN, { status: 'published' })
  expect(letcOf(published)).toEqual(letcOf(draft))

  // Unpublish asks first, in red; cancelling keeps the page live.
  const unpublish = toolbar.getByRole('button', { name: 'Unpublish', exact: true })
  await unpublish.click()
  const confirm = page.getByRole('alertdialog', { name: 'Unpublish “home” (Desktop, English)?' })
  await expect(confirm).toContainText('Visitors will no longer see “home” (Desktop, English).')
  await expect(confirm.getByRole('button', { name: 'Unpublish' })).toHaveClass(/button--danger/)
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toBeHidden()
  expect((await hub.requests()).map((r) => r.path)).not.toContain('/-/svc/block.unpublish')

  await unpublish.click()
  await page
    .getByRole('alertdialog', { name: 'Unpublish “home” (Desktop, English)?' })
    .getByRole('button', { name: 'Unpublish' })
    .click()
  await expect(
    page.getByText('Unpublished “home” (Desktop, English): visitors no longer see it.'),
  ).toBeVisible()
  expect((await hub.requests()).at(-1)).toMatchObject({ path: '/-/svc/block.unpublish' })
})
