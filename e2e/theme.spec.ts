// Theme settings, site-wide and per record, on the same sync engine as blocks: changes save by
// themselves (Ctrl+S at once), as `set` or (cleared) `unset` with draft: true and an ifUpdatedAt;
// a 409 is rebased like blocks; unsaved changes survive a reload while offline. Basker documents
// no read of theme values: a record's come from the record's own read; the site's cannot be read,
// and the page says so.
import { expect, test } from './fixtures/test'
import { holdAutosave, installClock, resumeAutosave } from './fixtures/hold-autosave'
import { keptOperations } from './fixtures/outbox'
import {
  blockThemeWrites,
  isUncovered,
  recordTheme,
  SITE_THEME,
  ThemeBackend,
  ThemeForm,
} from './fixtures/theme-page'

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/

test('the site theme says its values cannot be read; a setting saves by itself, a cleared one as unset', async ({
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
  await expect(page.getByRole('note')).toContainText('current values cannot be read')
  const form = ThemeForm.site(page)
  await expect(form.field('Accent colour')).toHaveValue('')
  await expect(form.status).toHaveText('Saved')
  await expect(form.root.getByRole('button', { name: /save/i })).toHaveCount(0)

  await holdAutosave(page)
  await form.field('Accent colour').fill('#be123c')
  await expect(form.status).toHaveText('1 unsaved change')
  expect(await theme.patches()).toEqual([])
  // Nothing pressed: the change goes out after the idle delay, like a block edit.
  await resumeAutosave(page)
  await expect(form.status).toHaveText('Saved')
  expect((await theme.read(SITE_THEME)).values.accentColor).toBe('#be123c')

  await holdAutosave(page)
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

test("a record's 409 re-reads, resends what replays and shows the key both sides changed", async ({
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

  expect(await theme.patch(path, { heroOverlay: 10 })).toBe(200)
  const theirs = await theme.read(path)
  await backend.clearRequests()

  await form.field('Hero overlay opacity (%)').fill('80')
  await form.field('Accent colour').fill('#123456')
  await resumeAutosave(page)
  await expect(form.status).toHaveText('Conflict')
  const conflict = form.root.getByRole('group', { name: 'Conflict on Hero overlay opacity (%)' })
  await expect(conflict).toContainText('10')

  await expect.poll(async () => (await theme.read(path)).values.accentColor).toBe('#123456')
  const afterReplay = await theme.read(path)
  expect(afterReplay.values.heroOverlay).toBe(10)
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

  await holdAutosave(page)
  await conflict.getByRole('button', { name: 'Keep mine' }).click()
  await expect(form.status).toHaveText('1 unsaved change')
  await resumeAutosave(page)
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

test('theme changes made offline survive a reload and are saved once the connection returns', async ({
  page,
  request,
  backend,
}) => {
  const theme = new ThemeBackend(request, backend)
  const unblock = await blockThemeWrites(page)
  await page.goto('/theme')
  const form = ThemeForm.site(page)
  await expect(form.field('Primary colour')).toHaveValue('')

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
  expect(patches).toHaveLength(1)
  expect(patches[0]?.body).toMatchObject({
    draft: true,
    set: { primaryColor: '#123456' },
    unset: [],
  })
  expect((patches[0]?.body as { ifUpdatedAt: string }).ifUpdatedAt).toMatch(ISO)
  expect((await theme.read(SITE_THEME)).values.primaryColor).toBe('#123456')
  await expect.poll(() => keptOperations(page)).toBe(0)
})

test('a colour setting has a picker, refuses what is not a colour and keeps Clear beside it', async ({
  page,
  request,
  backend,
}) => {
  const theme = new ThemeBackend(request, backend)
  await page.goto('/theme')
  const form = ThemeForm.site(page)
  const accent = form.field('Accent colour')
  await expect(accent).toHaveValue('')
  await expect(form.picker('Accent colour')).toHaveAttribute('type', 'color')

  // Not a colour: said why, left in the field as typed, never sent.
  await accent.fill('blue-ish')
  await expect(accent).toHaveAttribute('aria-invalid', 'true')
  await expect(form.root.getByText(/^Accent colour must be a colour such as #1a4d8f/)).toBeVisible()
  await expect(accent).toHaveValue('blue-ish')
  await expect(form.status).toHaveText('Saved')

  await accent.fill('#1a4d8f')
  await expect(accent).not.toHaveAttribute('aria-invalid', 'true')
  await expect(form.picker('Accent colour')).toHaveValue('#1a4d8f')
  await form.saveNow()
  await expect(form.status).toHaveText('Saved')
  await expect.poll(async () => (await theme.read(SITE_THEME)).values.accentColor).toBe('#1a4d8f')
  // Only the valid colour ever reached the backend.
  expect((await theme.patches()).map((p) => (p.body as { set: unknown }).set)).toEqual([
    { accentColor: '#1a4d8f' },
  ])

  // Clear sits on the field's own line, beside the picker.
  const clear = form.clear('Accent colour')
  const [field, button] = [await accent.boundingBox(), await clear.boundingBox()]
  if (!field || !button) throw new Error('the field and its Clear button must be on screen')
  expect(button.x).toBeGreaterThan(field.x + field.width)
  expect(button.y).toBeLessThan(field.y + field.height)
  expect(button.y + button.height).toBeGreaterThan(field.y)

  // Nothing covers the form's last label, on a phone either.
  await page.setViewportSize({ width: 390, height: 844 })
  const last = form.root.getByText('Legacy banner (deprecated)', { exact: true })
  expect(await isUncovered(last)).toBe(true)
})

test("a page's Theme tab says what it inherits from the site instead of 'Not set'", async ({
  page,
  editor,
}) => {
  await editor.open('pages', 'home')
  await page.getByRole('tab', { name: 'Theme' }).click()
  const form = ThemeForm.record(page)
  await expect(form.status).toHaveText('Saved')
  // Basker cannot read the site's values: the page inherits one that cannot be shown, said so.
  const accent = form.setting('accentColor')
  await expect(accent).toContainText(
    'Inherited from the site theme (its value cannot be read from this backend).',
  )
  await expect(form.root).not.toContainText('Not set')
  await expect(form.picker('Accent colour')).toBeVisible()
  expect(await isUncovered(accent.getByText('Accent colour', { exact: true }))).toBe(true)
  // Set on the page, it is the page's own, with Clear beside it.
  await form.field('Accent colour').fill('#0f766e')
  await expect(form.clear('Accent colour')).toBeVisible()
  await expect(accent).not.toContainText('Inherited')
})
