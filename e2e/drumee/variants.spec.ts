// BACKEND=drumee: the device and language switches open another variant of the page; an edit
// there stores a version of that variant only.
import { DESKTOP_EN, MOBILE_FR, letcOf } from '../fixtures/drumee-backend'
import { expect, test } from '../fixtures/drumee-test'

const HOME = 1

test('editing the mobile French variant leaves desktop English untouched', async ({
  editor,
  hub,
  page,
}) => {
  const desktopBefore = await hub.content(HOME, DESKTOP_EN, { status: 'draft' })
  const mobileBefore = await hub.content(HOME, MOBILE_FR, { status: 'draft' })
  expect([mobileBefore.device, mobileBefore.lang]).toEqual(['mobile', 'fr'])
  await editor.open('pages', String(HOME))
  await expect(editor.block('home-hero')).toBeVisible()

  await page.getByLabel('Device', { exact: true }).selectOption('mobile')
  await expect(page).toHaveURL(/\?device=mobile$/)
  await expect(page.getByLabel('Device', { exact: true })).toBeFocused()
  await page.getByLabel('Language', { exact: true }).selectOption('fr')
  await expect(page).toHaveURL(/\?device=mobile&locale=fr$/)
  await expect(page.getByLabel('Language', { exact: true })).toBeFocused()
  // The mobile page has no hero image; the French heading reads "Bienvenue".
  await expect(editor.block('home-hero')).toHaveCount(0)
  const title = await editor.field('home-title', 'Text')
  await expect(title).toHaveValue('Bienvenue')

  await title.fill('Salut')
  await editor.save()

  await expect.poll(() => hub.stores()).toHaveLength(1)
  const [heading, ...rest] = mobileBefore.kids
  const expected = {
    kind: 'page',
    kids: [{ ...heading, data: { ...heading?.data, text: 'Salut' } }, ...rest],
  }
  expect(await hub.requests()).toEqual([
    {
      method: 'POST',
      path: '/-/svc/block.store',
      body: { id: '1', device: 'mobile', lang: 'fr', serial: mobileBefore.serial, letc: expected },
    },
  ])
  await editor.expectSaved()
  expect(letcOf(await hub.content(HOME, MOBILE_FR, { status: 'draft' }))).toEqual(expected)
  expect(await hub.content(HOME, DESKTOP_EN, { status: 'draft' })).toEqual(desktopBefore)

  await page.getByLabel('Device', { exact: true }).selectOption('desktop')
  await page.getByLabel('Language', { exact: true }).selectOption('en')
  await expect(await editor.field('home-title', 'Text')).toHaveValue('Welcome home')
})
