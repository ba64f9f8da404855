// Basker's `locale` query parameter: the toolbar's Language switch opens another language of the
// record (named in the URL) and edits it without touching the default language's blocks.
import { BASKER_BASE } from './fixtures/env'
import { expect, test } from './fixtures/test'

test('the Language switch edits the French blocks; the English ones stay as they were', async ({
  page,
  request,
  editor,
  backend,
}) => {
  // Two loads of the editor and two saves; the shared test machine can be slow.
  test.setTimeout(90_000)
  const headers = { Authorization: `users API-Key ${backend.key()}` }
  const read = async (locale: string) => {
    const response = await request.get(`${BASKER_BASE}/pages/home?draft=true&locale=${locale}`, {
      headers,
    })
    expect(response.ok()).toBe(true)
    return (await response.json()) as { blocks: { id: string; value: Record<string, unknown> }[] }
  }
  const english = await read('en')
  const heading = english.blocks.find((b) => b.id === 'home-visit-heading')
  expect(heading?.value.text).toBe('Plan your visit')

  await editor.open('pages', 'home')
  const language = page.getByLabel('Language', { exact: true })
  await expect(language).toHaveValue('en')
  await language.selectOption('fr')
  await expect(page).toHaveURL(/[?&]locale=fr\b/)
  await expect(editor.block('home-visit-heading')).toBeVisible()

  const input = await editor.field('home-visit-heading', 'Text')
  await input.fill('Préparer votre visite')
  await editor.save()
  await editor.expectSaved()

  const french = await read('fr')
  expect(french.blocks.find((b) => b.id === 'home-visit-heading')?.value.text).toBe(
    'Préparer votre visite',
  )
  expect((await read('en')).blocks).toEqual(english.blocks)

  // Back to English: the default language shows its own text.
  await page.getByLabel('Language', { exact: true }).selectOption('en')
  await expect(page).toHaveURL(/[?&]locale=en\b/)
  await expect(editor.block('home-visit-heading')).toBeVisible()
  await expect(await editor.field('home-visit-heading', 'Text')).toHaveValue('Plan your visit')
})
