// The canvas is the page: blocks drawn as the site shows them (pictures, titles, rich text),
// the selected block edited in place, links added without ever reloading the page, and the
// theme's colours on the canvas and in the preview. Bodies are asserted exactly as the reference
// backend received them.
import type { Page } from '@playwright/test'
import type { Block, BlockTypeSchema } from '../src/core/types'
import { expect, test } from './fixtures/test'
import { holdAutosave, installClock, resumeAutosave } from './fixtures/hold-autosave'
import { recordTheme, ThemeBackend, ThemeForm } from './fixtures/theme-page'

/** Marks the window: a reload (or any navigation) drops the mark. */
async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => {
    ;(window as Window & { __noReload?: boolean }).__noReload = true
  })
}

async function stillSameWindow(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as Window & { __noReload?: boolean }).__noReload === true)
}

function firstOfType(blocks: readonly Block[], type: string): Block {
  const block = blocks.find((b) => b.type === type)
  if (!block) throw new Error(`the demo home has no ${type} block`)
  return block
}

test('typing into a heading on the canvas sends one update of that block', async ({
  editor,
  backend,
}) => {
  const [home] = await backend.homeWithSchema()
  const hero = firstOfType(home.blocks, 'hero')
  const original = String(hero.value.heading)
  await installClock(editor.page)
  await editor.open('pages', 'home')
  // The gestures below are one edit: no autosave in between, however slow the machine.
  await holdAutosave(editor.page)
  await editor.select(hero.id)

  const heading = editor.block(hero.id).getByRole('textbox', { name: 'Heading', exact: true })
  // The textbox is the heading itself, styled as one.
  await expect(heading.locator('xpath=ancestor::h1')).toHaveCount(1)
  await heading.click()
  // The heading wraps: End alone would stop at the end of its first line.
  await heading.press('ControlOrMeta+End')
  await heading.pressSequentially(' tonight')
  await expect(heading).toHaveValue(`${original} tonight`)
  await resumeAutosave(editor.page)
  await editor.save()

  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  await editor.expectSaved()
  const [patch] = await backend.blockPatches()
  expect(patch).toEqual({
    path: '/partners/2026-02/demo/pages/home/blocks',
    draft: true,
    ifUpdatedAt: home.updatedAt,
    operations: [{ op: 'update', blockId: hero.id, value: { heading: `${original} tonight` } }],
  })
})

test('a link added in place on the canvas arrives as <a href> in <key>_html, no reload', async ({
  editor,
  backend,
}) => {
  const [home] = await backend.homeWithSchema()
  const rich = firstOfType(home.blocks, 'rich-text')
  await installClock(editor.page)
  await editor.open('pages', 'home')
  await markWindow(editor.page)
  await editor.select(rich.id)

  const body = editor.block(rich.id).getByRole('textbox', { name: 'Body', exact: true })
  await expect(body).toBeVisible()
  // The gestures below are one edit: no autosave in between, however slow the machine.
  await holdAutosave(editor.page)
  await body.click()
  await body.press('ControlOrMeta+a')
  await body.pressSequentially('Tickets')
  await body.press('ControlOrMeta+a')
  await editor.block(rich.id).getByRole('button', { name: 'Link', exact: true }).click()
  const url = editor.block(rich.id).getByRole('textbox', { name: 'URL', exact: true })
  await url.fill('https://tickets.example.org/spring')
  await url.press('Enter')
  await expect(body.locator('a')).toHaveAttribute('href', 'https://tickets.example.org/spring')
  await resumeAutosave(editor.page)
  await editor.save()

  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  expect(await stillSameWindow(editor.page)).toBe(true)
  const [patch] = await backend.blockPatches()
  expect(patch?.operations).toEqual([
    {
      op: 'update',
      blockId: rich.id,
      value: {
        body_html:
          '<p><a rel="noopener noreferrer nofollow" href="https://tickets.example.org/spring">Tickets</a></p>',
      },
    },
  ])
})

test('a link added in the side panel arrives as <a href>, Escape cancels, no reload', async ({
  editor,
  backend,
}) => {
  const [home] = await backend.homeWithSchema()
  const rich = firstOfType(home.blocks, 'rich-text')
  await installClock(editor.page)
  await editor.open('pages', 'home')
  // The gestures below are one edit: no autosave in between, however slow the machine.
  await holdAutosave(editor.page)
  await markWindow(editor.page)
  await editor.select(rich.id)

  const panel = editor.page.getByRole('form', { name: /^Fields of / })
  const body = panel.getByRole('textbox', { name: 'Body', exact: true })
  await body.click()
  await body.press('ControlOrMeta+a')
  await body.pressSequentially('Members')
  await body.press('ControlOrMeta+a')

  // Escape closes the link editor and changes nothing.
  await panel.getByRole('button', { name: 'Link', exact: true }).click()
  await panel.getByRole('textbox', { name: 'URL', exact: true }).fill('/never')
  await panel.getByRole('textbox', { name: 'URL', exact: true }).press('Escape')
  await expect(panel.getByRole('textbox', { name: 'URL', exact: true })).toHaveCount(0)

  // A script address is refused with a reason.
  await panel.getByRole('button', { name: 'Link', exact: true }).click()
  await panel.getByRole('textbox', { name: 'URL', exact: true }).fill('javascript:alert(1)')
  await panel.getByRole('button', { name: 'Apply', exact: true }).click()
  await expect(panel.getByRole('alert')).toContainText('Only http, https, mailto and tel')

  await panel.getByRole('textbox', { name: 'URL', exact: true }).fill('/members')
  await panel.getByRole('button', { name: 'Apply', exact: true }).click()
  await expect(body.locator('a')).toHaveAttribute('href', '/members')
  await resumeAutosave(editor.page)
  await editor.save()

  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  expect(await stillSameWindow(editor.page)).toBe(true)
  const [patch] = await backend.blockPatches()
  expect(patch?.operations).toEqual([
    {
      op: 'update',
      blockId: rich.id,
      value: {
        body_html: '<p><a rel="noopener noreferrer nofollow" href="/members">Members</a></p>',
      },
    },
  ])
})

test('the canvas draws the page: bold in <strong>, the hero image as <img>, titles not ids', async ({
  editor,
  backend,
}) => {
  const [home, schema] = await backend.homeWithSchema()
  await editor.open('pages', 'home')

  const rich = firstOfType(home.blocks, 'rich-text')
  await expect(editor.block(rich.id).locator('strong').first()).toHaveText('Harbour Arts Centre')

  const hero = firstOfType(home.blocks, 'hero')
  const image = editor.block(hero.id).locator('img')
  await expect(image).toHaveCount(1)
  await expect(image).toHaveAttribute('alt', 'Harbour hall')

  const events = firstOfType(home.blocks, 'event-list')
  await expect(editor.block(events.id)).toContainText('Spring Gala')

  for (const id of ['home', 'about']) {
    const record = id === 'home' ? home : await backend.readRecord('pages', id)
    if (id !== 'home') await editor.open('pages', id)
    const shown = await editor.blockList.innerText()
    const alts = await editor.blockList
      .locator('img')
      .evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt') ?? ''))
    for (const ref of referencedIds(record.blocks, schema)) {
      expect(shown, `the canvas of ${id} shows ${ref}`).not.toContain(ref)
      expect(alts.join(' ')).not.toContain(ref)
    }
  }
})

// Basker documents no read of the site theme's values, so the colour is the page's own (read
// with the record): it wins over the site's on the canvas and in the preview.
test("a colour changed in the page's theme shows on the canvas and in the preview", async ({
  page,
  request,
  backend,
  editor,
}) => {
  const theme = new ThemeBackend(request, backend)
  const [home] = await backend.homeWithSchema()
  const quote = firstOfType(home.blocks, 'quote')
  await editor.open('pages', 'home')
  await page.getByRole('tab', { name: 'Theme' }).click()
  const form = ThemeForm.record(page)
  await expect(form.status).toHaveText('Saved')
  await markWindow(page)
  await form.field('Accent colour').fill('#c2410c')
  await form.field('Accent colour').press('Enter')
  expect(await stillSameWindow(page)).toBe(true)
  await form.saveNow()
  await expect(form.status).toHaveText('Saved')
  expect((await theme.read(recordTheme('pages', 'home'))).values.accentColor).toBe('#c2410c')

  const figure = editor.block(quote.id).locator('.pv-quote')
  await expect(figure).toHaveCSS('border-left-color', 'rgb(194, 65, 12)')

  await page.getByRole('button', { name: 'Preview', exact: true }).click()
  const preview = page.getByRole('document', { name: /^Preview at/ })
  await expect(preview.locator('.pv-quote').first()).toHaveCSS(
    'border-left-color',
    'rgb(194, 65, 12)',
  )
})

/** Every id a relationship or upload field of these blocks holds (arrays included). */
function referencedIds(blocks: readonly Block[], schema: readonly BlockTypeSchema[]): string[] {
  const found: string[] = []
  const visit = (fields: BlockTypeSchema['fields'], value: Record<string, unknown>) => {
    for (const field of fields) {
      const v = value[field.key]
      if (field.type === 'relationship' || field.type === 'upload') {
        for (const ref of Array.isArray(v) ? v : [v]) {
          if (typeof ref === 'string' && ref.includes('-')) found.push(ref)
          if (ref && typeof ref === 'object' && 'value' in ref && typeof ref.value === 'string')
            found.push(ref.value)
        }
      } else if (field.type === 'array' && Array.isArray(v)) {
        for (const item of v) if (item && typeof item === 'object') visit(field.fields ?? [], item)
      } else if (field.type === 'group' && v && typeof v === 'object') {
        visit(field.fields ?? [], v as Record<string, unknown>)
      }
    }
  }
  for (const block of blocks) {
    visit(schema.find((s) => s.type === block.type)?.fields ?? [], block.value)
  }
  return found
}
