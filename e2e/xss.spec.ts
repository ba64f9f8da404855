// Known XSS vectors (e2e/fixtures/xss-vectors.ts), loaded from the backend and pasted by a user,
// execute nothing in a real browser: no sentinel call, no dialog, no clobbered global, and no
// CSP violation of a kind that means code tried to run or load (a script element, a javascript:
// URL, a frame, an object, a form submission). The canvas and the preview stay usable, and what
// is sent to the backend is sanitized.
//
// Chromium also reports, as blocked violations, what it sees while DOMPurify (and ProseMirror)
// parse hostile HTML in an inert document: an inline handler attribute (script-src-attr) or a
// <base> (base-uri) is checked against the page's CSP at parse time, though nothing runs. Those
// two kinds are expected here, and zod's one-off `new Function` probe (script-src eval) too.
import type { Page } from '@playwright/test'
import type { Operation } from '../src/core/types'
import { expect, test } from './fixtures/test'
import { findField } from './fixtures/demo'
import { forbiddenIn, XSS_VECTORS } from './fixtures/xss-vectors'

declare global {
  interface Window {
    __xss?: (name: unknown) => void
    __xssHits?: string[]
    __cspViolations?: string[]
    __forbiddenIn?: (html: string) => string | null
  }
}

const PARSE_TIME_REPORTS = /^(script-src-attr inline|base-uri \S+|script-src eval)$/

/** Installs the sentinels before any page script runs; returns what they caught. */
async function watchForExecution(page: Page) {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  // The checker, installed as a page global by the test harness (not subject to the page's CSP).
  await page.addInitScript(`window.__forbiddenIn = ${forbiddenIn.toString()}`)
  await page.addInitScript(() => {
    window.__xssHits = []
    window.__xss = (name) => window.__xssHits?.push(String(name))
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective} ${event.blockedURI}`)
    })
  })
  return {
    /** Asserts nothing ran; returns how many parse-time CSP reports were seen. */
    async expectNothingRan(): Promise<number> {
      const caught = await page.evaluate(() => ({
        hits: window.__xssHits ?? ['sentinel missing'],
        csp: window.__cspViolations ?? ['listener missing'],
        clobbered: '__xss_clobber' in window,
      }))
      const parseTime = caught.csp.filter((v) => PARSE_TIME_REPORTS.test(v))
      expect({ ...caught, csp: caught.csp.filter((v) => !PARSE_TIME_REPORTS.test(v)) }).toEqual({
        hits: [],
        csp: [],
        clobbered: false,
      })
      expect(dialogs).toEqual([])
      return parseTime.length
    },
  }
}

/**
 * Every rendered rich-text container on the page is free of executable markup. (A vector that
 * sanitizes to nothing, a lone <script>, renders no container at all.)
 */
async function expectRenderedClean(page: Page, selector: string): Promise<void> {
  const containers = page.locator(selector)
  await expect(containers.first()).toBeAttached()
  const found = await containers.evaluateAll((elements) =>
    elements.map((e) => window.__forbiddenIn?.(e.innerHTML) ?? null).filter((f) => f !== null),
  )
  expect(found).toEqual([])
}

const ALL_VECTORS_AS_TEXT = XSS_VECTORS.map((v) => v.html).join(' ')

test('vectors loaded from the backend execute nothing; canvas and preview stay usable', async ({
  page,
  editor,
  backend,
}) => {
  // Rendering ~40 hostile blocks in a very tall page is slow in CI's software rendering.
  test.setTimeout(90_000)
  const sentinels = await watchForExecution(page)
  // Tall enough that the virtualised canvas renders every block at once.
  await page.setViewportSize({ width: 1600, height: 6000 })
  const blocks = [
    { id: 'xss-text', type: 'heading', value: { text: ALL_VECTORS_AS_TEXT, level: 'h2' } },
    ...XSS_VECTORS.map((v) => ({
      id: `xss-${v.name}`,
      type: 'rich-text',
      value: { body_html: v.html },
    })),
  ]
  expect(await backend.patchBlocks('pages', 'home', [{ op: 'replaceAll', blocks }])).toBe(200)
  const seeded = await backend.readRecord('pages', 'home')
  // The backend stores what it was given: the hostile HTML really comes from it.
  expect(seeded.blocks.find((b) => b.id === 'xss-script')?.value.body_html).toBe(
    XSS_VECTORS[0]?.html,
  )
  await backend.clearRequests()

  await editor.open('pages', 'home')
  await expect(editor.blocks).toHaveCount(blocks.length)
  await expectRenderedClean(page, '[data-block-id] .pv-rich')
  // Text fields are text: the vectors show as typed, as characters.
  await expect(editor.block('xss-text')).toContainText(`<script>__xss('script')</script>`)

  await page.getByRole('button', { name: 'Preview', exact: true }).click()
  const pane = page.getByRole('region', { name: 'Preview' })
  await expect(pane.getByText('click me', { exact: true })).toBeVisible()
  await expectRenderedClean(page, '.pv-rich')
  await expect(pane).toContainText(`<img src=x onerror="__xss('img-onerror')">`)
  // The overlay vector lost its style: nothing covers the canvas.
  await expect(pane.getByText('covered', { exact: true })).toBeVisible()

  // Still usable: a keyboard move is saved as exactly one move, and nothing else is written
  // (loading hostile content never triggers a write of its own).
  const [first, second] = blocks
  await editor.keyboardMove(first?.id ?? '', 'down')
  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  const [patch] = await backend.blockPatches()
  expect(patch?.operations).toEqual([{ op: 'moveAfter', blockId: first?.id, anchorId: second?.id }])
  await editor.expectSaved()

  // The preview on its own route renders the same content, as cleanly.
  await page.goto('/preview/pages/home')
  await expect(page.getByText('click me', { exact: true })).toBeVisible()
  await expectRenderedClean(page, '.pv-rich')
  // The listener works and the CSP is on: the hostile HTML did provoke (blocked) reports.
  expect(await sentinels.expectNothingRan()).toBeGreaterThan(0)
})

test('vectors pasted into the rich-text editor execute nothing and are sent sanitized', async ({
  page,
  editor,
  backend,
}) => {
  const sentinels = await watchForExecution(page)
  const [home, schema] = await backend.homeWithSchema()
  const { block, field } = findField(home.blocks, schema, 'richText')
  await editor.open('pages', 'home')
  const box = await editor.field(block.id, field.label)
  await box.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')

  for (const vector of XSS_VECTORS) {
    // A paste event carrying the raw HTML, as the clipboard hands it to the page. (A real
    // Ctrl+V through navigator.clipboard would let Chromium clean the HTML first, testing the
    // browser instead of the editor.)
    const handled = await box.evaluate((element, html) => {
      const data = new DataTransfer()
      data.setData('text/html', html)
      data.setData('text/plain', html)
      const event = new ClipboardEvent('paste', {
        clipboardData: data,
        bubbles: true,
        cancelable: true,
      })
      element.dispatchEvent(event)
      return event.defaultPrevented
    }, vector.html)
    expect(handled, `the editor handled the paste of ${vector.name}`).toBe(true)
  }
  await expect(box).toContainText('click me')
  await expect(box).toContainText('hover me')
  await expectRenderedClean(page, '.rich-text__content')

  await editor.save()
  await editor.expectSaved()
  // The idle flush may have sent the field along the way: every write is one update of this
  // field, each one clean, the last one holding everything that was pasted.
  const patches = await backend.blockPatches()
  expect(patches.length).toBeGreaterThan(0)
  expect(patches[0]?.ifUpdatedAt).toBe(home.updatedAt)
  const key = `${field.key}_html`
  const sentValues: string[] = []
  for (const patch of patches) {
    expect(patch.operations).toEqual([
      { op: 'update', blockId: block.id, value: { [key]: expect.any(String) } },
    ])
    const [op] = patch.operations as Extract<Operation, { op: 'update' }>[]
    const html = String(op?.value[key])
    expect(await page.evaluate(forbiddenIn, html), html).toBeNull()
    sentValues.push(html)
  }
  const sent = sentValues.at(-1) ?? ''
  expect(sent).toContain('click me')
  expect(sent).toContain('hover me')
  const stored = await backend.readRecord('pages', 'home')
  expect(stored.blocks.find((b) => b.id === block.id)?.value[`${field.key}_html`]).toBe(sent)

  // What was pasted renders cleanly in the canvas and the preview too.
  await page.getByRole('button', { name: 'Preview', exact: true }).click()
  const pane = page.getByRole('region', { name: 'Preview' })
  await expect(pane.getByText(/click me/).first()).toBeVisible()
  await expectRenderedClean(page, '.pv-rich')
  await sentinels.expectNothingRan()
})
