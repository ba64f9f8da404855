// Theme settings, site-wide and per record: a change is sent as `set`, a cleared field as
// `unset`, both with draft: true and an ifUpdatedAt. Basker documents no read of theme values:
// a record's come from the record's own read; the site's cannot be read, and the page says so.
import { expect, test } from './fixtures/test'
import { recordTheme, SITE_THEME, ThemeBackend, ThemeForm } from './fixtures/theme-page'

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/

test('the site theme says its values cannot be read, and still sets and clears a setting', async ({
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
  await expect(page.getByRole('note')).toContainText('current values cannot be read')
  const form = ThemeForm.site(page)
  await expect(form.field('Accent colour')).toHaveValue('')
  await expect(form.status).toHaveText('Saved')

  await form.field('Accent colour').fill('#be123c')
  await expect(form.status).toHaveText('1 unsaved change')
  await form.saveButton.click()
  await expect(form.status).toHaveText('Saved')
  expect((await theme.read(SITE_THEME)).values.accentColor).toBe('#be123c')

  await form.clear('Accent colour').click()
  await expect(form.field('Accent colour')).toHaveValue('')
  await form.field('Primary colour').press('ControlOrMeta+s')
  await expect(form.status).toHaveText('Saved')

  const patches = await theme.patches()
  expect(
    patches.map((p) => ({ ...p, body: { ...(p.body as object), ifUpdatedAt: 'ISO' } })),
  ).toEqual([
    {
      path: SITE_THEME,
      body: { draft: true, ifUpdatedAt: 'ISO', set: { accentColor: '#be123c' }, unset: [] },
    },
    {
      path: SITE_THEME,
      body: { draft: true, ifUpdatedAt: 'ISO', set: {}, unset: ['accentColor'] },
    },
  ])
  for (const p of patches) expect((p.body as { ifUpdatedAt: string }).ifUpdatedAt).toMatch(ISO)
  const cleared = await theme.read(SITE_THEME)
  expect(cleared.values).not.toHaveProperty('accentColor')
  // What the editor could not read is left as it was.
  expect(cleared.values.primaryColor).toBe('#1d4ed8')
  expect(cleared.values.legacyBanner).toBe(seeded.values.legacyBanner)
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

test("a record's 409 re-reads, resends what replays and shows the key both sides changed", async ({
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

  expect(await theme.patch(path, { heroOverlay: 10 })).toBe(200)
  const theirs = await theme.read(path)
  await backend.clearRequests()

  await form.field('Hero overlay opacity (%)').fill('80')
  await form.field('Accent colour').fill('#123456')
  await form.saveButton.click()
  await expect(form.status).toHaveText('Conflict')
  const conflict = form.root.getByRole('group', { name: 'Conflict on Hero overlay opacity (%)' })
  await expect(conflict).toContainText('10')

  const afterReplay = await theme.read(path)
  expect(afterReplay.values.accentColor).toBe('#123456')
  expect(await theme.patches()).toEqual([
    {
      path,
      body: {
        draft: true,
        ifUpdatedAt: seeded.updatedAt,
        set: { heroOverlay: 80, accentColor: '#123456' },
        unset: [],
      },
    },
    {
      path,
      body: {
        draft: true,
        ifUpdatedAt: theirs.updatedAt,
        set: { accentColor: '#123456' },
        unset: [],
      },
    },
  ])

  await conflict.getByRole('button', { name: 'Keep mine' }).click()
  await expect(form.status).toHaveText('1 unsaved change')
  await form.saveButton.click()
  await expect(form.status).toHaveText('Saved')
  const patches = await theme.patches()
  expect(patches[2]?.body).toEqual({
    draft: true,
    ifUpdatedAt: afterReplay.updatedAt,
    set: { heroOverlay: 80 },
    unset: [],
  })
  expect((await theme.read(path)).values.heroOverlay).toBe(80)
})
