// Theme settings, site-wide and per record, on the same sync engine as blocks: changes save by
// themselves (Ctrl+S at once), as `set` or (cleared) `unset` with draft: true and the updatedAt
// last read; a 409 is rebased like blocks; unsaved changes survive a reload while offline.
import { expect, test } from './fixtures/test'
import { holdAutosave, installClock, resumeAutosave } from './fixtures/hold-autosave'
import { keptOperations } from './fixtures/outbox'
import {
  blockThemeWrites,
  recordTheme,
  SITE_THEME,
  ThemeBackend,
  ThemeForm,
} from './fixtures/theme-page'

test('a site setting saves by itself; a cleared one is sent as unset with Ctrl+S', async ({
  page,
  request,
  backend,
}) => {
  const theme = new ThemeBackend(request, backend)
  const seeded = await theme.read(SITE_THEME)
  expect(seeded.values.accentColor).toBe('#f59e0b')

  await installClock(page)
  await page.goto('/')
  await page.getByRole('link', { name: 'Site theme' }).click()
  await expect(page).toHaveURL(/\/theme$/)
  const form = ThemeForm.site(page)
  await expect(form.field('Accent colour')).toHaveValue('#f59e0b')
  await expect(form.status).toHaveText('Saved')
  await expect(form.root.getByRole('button', { name: /save/i })).toHaveCount(0)

  await holdAutosave(page)
  await form.field('Accent colour').fill('#be123c')
  await expect(form.status).toHaveText('1 unsaved change')
  expect(await theme.patches()).toEqual([])
  // Nothing pressed: the change goes out after the idle delay, like a block edit.
  await resumeAutosave(page)
  await expect(form.status).toHaveText('Saved')
  const changed = await theme.read(SITE_THEME)
  expect(changed.values.accentColor).toBe('#be123c')

  await holdAutosave(page)
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
  await installClock(page)
  await editor.open('pages', 'home')
  await page.getByRole('tab', { name: 'Theme' }).click()
  const form = ThemeForm.record(page)
  await expect(form.field('Hero overlay opacity (%)')).toHaveValue('35')
  await holdAutosave(page)

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
  await installClock(page)
  await page.goto('/theme')
  const form = ThemeForm.site(page)
  await expect(form.field('Primary colour')).toHaveValue('#1d4ed8')
  await holdAutosave(page)

  expect(await theme.patch(SITE_THEME, { primaryColor: '#000000' })).toBe(200)
  const theirs = await theme.read(SITE_THEME)
  await backend.clearRequests()

  await form.field('Primary colour').fill('#ff0000')
  await form.field('Font family').selectOption('system')
  await resumeAutosave(page)
  await expect(form.status).toHaveText('Conflict')
  const conflict = form.root.getByRole('group', { name: 'Conflict on Primary colour' })
  await expect(conflict).toContainText('#000000')
  await expect(conflict).toContainText('#ff0000')

  await expect.poll(async () => (await theme.read(SITE_THEME)).values.fontFamily).toBe('system')
  const afterReplay = await theme.read(SITE_THEME)
  expect(afterReplay.values.primaryColor).toBe('#000000')
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

  await holdAutosave(page)
  await conflict.getByRole('button', { name: 'Keep mine' }).click()
  await expect(form.status).toHaveText('1 unsaved change')
  await expect(form.field('Primary colour')).toHaveValue('#ff0000')
  await resumeAutosave(page)
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

test('theme changes made offline survive a reload and are saved once the connection returns', async ({
  page,
  request,
  backend,
}) => {
  const theme = new ThemeBackend(request, backend)
  const seeded = await theme.read(SITE_THEME)
  const unblock = await blockThemeWrites(page)
  await page.goto('/theme')
  const form = ThemeForm.site(page)
  await expect(form.field('Primary colour')).toHaveValue('#1d4ed8')

  await form.field('Primary colour').fill('#123456')
  await form.saveNow()
  await expect(form.status).toHaveText('Offline — 1 change kept on this device')
  await expect.poll(() => keptOperations(page)).toBe(1)

  await page.reload()
  await expect(form.field('Primary colour')).toHaveValue('#123456')
  await expect(form.status).toHaveText('Offline — 1 change kept on this device')
  expect(await theme.patches()).toEqual([])
  expect((await theme.read(SITE_THEME)).values.primaryColor).toBe('#1d4ed8')

  await unblock()
  await form.saveNow()
  await expect(form.status).toHaveText('Saved')
  const patches = await theme.patches()
  expect(patches).toEqual([
    {
      path: SITE_THEME,
      body: {
        draft: true,
        ifUpdatedAt: seeded.updatedAt,
        set: { primaryColor: '#123456' },
        unset: [],
      },
    },
  ])
  expect((await theme.read(SITE_THEME)).values.primaryColor).toBe('#123456')
  await expect.poll(() => keptOperations(page)).toBe(0)
})
