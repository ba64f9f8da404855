// Theme settings, site-wide and per record: a change is sent as `set`, a cleared field as
// `unset`, both with draft: true and the updatedAt last read; a 409 is replayed like blocks.
import { expect, test } from './fixtures/test'
import { recordTheme, SITE_THEME, ThemeBackend, ThemeForm } from './fixtures/theme-page'

test('changing then clearing a site setting sends exactly that set, then that unset', async ({
  page,
  request,
  backend,
}) => {
  const theme = new ThemeBackend(request, backend)
  const seeded = await theme.read(SITE_THEME)
  expect(seeded.values.accentColor).toBe('#f59e0b')

  await page.goto('/')
  await page.getByRole('link', { name: 'Site theme' }).click()
  await expect(page).toHaveURL(/\/theme$/)
  const form = ThemeForm.site(page)
  await expect(form.field('Accent colour')).toHaveValue('#f59e0b')
  await expect(form.status).toHaveText('Saved')

  await form.field('Accent colour').fill('#be123c')
  await expect(form.status).toHaveText('1 unsaved change')
  await form.saveButton.click()
  await expect(form.status).toHaveText('Saved')
  const changed = await theme.read(SITE_THEME)
  expect(changed.values.accentColor).toBe('#be123c')

  await form.clear('Accent colour').click()
  await expect(form.field('Accent colour')).toHaveValue('')
  await form.field('Primary colour').press('ControlOrMeta+s')
  await expect(form.status).toHaveText('Saved')

  expect(await theme.patches()).toEqual([
    {
      path: SITE_THEME,
      body: {
        draft: true,
        ifUpdatedAt: seeded.updatedAt,
        set: { accentColor: '#be123c' },
        unset: [],
      },
    },
    {
      path: SITE_THEME,
      body: { draft: true, ifUpdatedAt: changed.updatedAt, set: {}, unset: ['accentColor'] },
    },
  ])
  const cleared = await theme.read(SITE_THEME)
  expect(cleared.values).not.toHaveProperty('accentColor')
  expect(cleared.values.primaryColor).toBe('#1d4ed8')
})

test("a record's theme panel in the editor saves with Ctrl+S, blocks untouched", async ({
  page,
  request,
  editor,
  backend,
}) => {
  const theme = new ThemeBackend(request, backend)
  const path = recordTheme('pages', 'home')
  const seeded = await theme.read(path)
  await editor.open('pages', 'home')
  await page.getByRole('tab', { name: 'Theme' }).click()
  const form = ThemeForm.record(page)
  await expect(form.field('Hero overlay opacity (%)')).toHaveValue('35')

  await form.field('Hero overlay opacity (%)').fill('60')
  await form.field('Template').selectOption('')
  await expect(form.status).toHaveText('2 unsaved changes')
  await form.field('Hero overlay opacity (%)').press('ControlOrMeta+s')
  await expect(form.status).toHaveText('Saved')

  expect(await theme.patches()).toEqual([
    {
      path,
      body: {
        draft: true,
        ifUpdatedAt: seeded.updatedAt,
        set: { heroOverlay: 60 },
        unset: ['template'],
      },
    },
  ])
  expect(await backend.blockPatches()).toEqual([])
  expect((await theme.read(path)).values).toEqual({ heroOverlay: 60, hideFooter: false })
})

test('a 409 re-reads, resends what replays and shows the key both sides changed', async ({
  page,
  request,
  backend,
}) => {
  const theme = new ThemeBackend(request, backend)
  const seeded = await theme.read(SITE_THEME)
  await page.goto('/theme')
  const form = ThemeForm.site(page)
  await expect(form.field('Primary colour')).toHaveValue('#1d4ed8')

  expect(await theme.patch(SITE_THEME, { primaryColor: '#000000' })).toBe(200)
  const theirs = await theme.read(SITE_THEME)
  await backend.clearRequests()

  await form.field('Primary colour').fill('#ff0000')
  await form.field('Font family').selectOption('system')
  await form.saveButton.click()
  await expect(form.status).toHaveText('Conflict')
  const conflict = form.root.getByRole('group', { name: 'Conflict on Primary colour' })
  await expect(conflict).toContainText('#000000')

  const afterReplay = await theme.read(SITE_THEME)
  expect(afterReplay.values.fontFamily).toBe('system')
  expect(await theme.patches()).toEqual([
    {
      path: SITE_THEME,
      body: {
        draft: true,
        ifUpdatedAt: seeded.updatedAt,
        set: { primaryColor: '#ff0000', fontFamily: 'system' },
        unset: [],
      },
    },
    {
      path: SITE_THEME,
      body: {
        draft: true,
        ifUpdatedAt: theirs.updatedAt,
        set: { fontFamily: 'system' },
        unset: [],
      },
    },
  ])

  await conflict.getByRole('button', { name: 'Keep mine' }).click()
  await expect(form.status).toHaveText('1 unsaved change')
  await expect(form.field('Primary colour')).toHaveValue('#ff0000')
  await form.saveButton.click()
  await expect(form.status).toHaveText('Saved')
  const patches = await theme.patches()
  expect(patches[2]?.body).toEqual({
    draft: true,
    ifUpdatedAt: afterReplay.updatedAt,
    set: { primaryColor: '#ff0000' },
    unset: [],
  })
  expect((await theme.read(SITE_THEME)).values.primaryColor).toBe('#ff0000')
})
