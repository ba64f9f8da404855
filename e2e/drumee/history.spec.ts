// BACKEND=drumee: an old version opens read-only beside the draft, and restoring it stores its
// content as a new revision; the history keeps every version.
import { DESKTOP_EN, letcOf } from '../fixtures/drumee-backend'
import { expect, test } from '../fixtures/drumee-test'

const HOME = 1

test('restoring an old version brings its content back as a new revision', async ({
  editor,
  hub,
  page,
}) => {
  const draft = await hub.content(HOME, DESKTOP_EN, { status: 'draft' })
  const first = await hub.content(HOME, DESKTOP_EN, { serial: 1 })
  await editor.open('pages', String(HOME))
  await page.getByRole('button', { name: 'Versions', exact: true }).click()
  const panel = page.getByRole('region', { name: 'Versions' })
  const versions = panel.getByRole('list', { name: 'Stored versions' }).getByRole('listitem')
  await expect(versions).toHaveCount(3)

  // A hub's history rows carry no comment: a version is named by its serial.
  await panel.getByRole('button', { name: 'Open Version 1', exact: true }).click()
  const compare = panel.getByRole('region', { name: 'Version 1 beside the draft' })
  await expect(compare.getByRole('group', { name: 'Version 1', exact: true })).toContainText(
    'Hello',
  )
  await expect(compare.getByRole('group', { name: 'Current draft' })).toContainText('Welcome home')

  await panel.getByRole('button', { name: 'Restore Version 1', exact: true }).click()

  await expect(versions).toHaveCount(4)
  expect(await hub.requests()).toEqual([
    {
      method: 'POST',
      path: '/-/svc/block.store',
      body: {
        id: '1',
        device: 'desktop',
        lang: 'en',
        serial: draft.serial,
        status: '',
        comment: 'Restored version 1',
        letc: letcOf(first),
      },
    },
  ])
  const restored = await hub.content(HOME, DESKTOP_EN, { status: 'draft' })
  expect(restored.serial).toBeGreaterThan(draft.serial)
  expect(letcOf(restored)).toEqual(letcOf(first))
  await expect(versions.first()).toContainText(`Version ${restored.serial}`)
  await expect(versions.first()).toContainText('Draft')
  // The old versions are all still there.
  expect(letcOf(await hub.content(HOME, DESKTOP_EN, { serial: draft.serial }))).toEqual(
    letcOf(draft),
  )
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Versions', exact: true })).toBeFocused()
  await expect(await editor.field('home-title', 'Text')).toHaveValue('Hello')
  await editor.expectSaved()
})
