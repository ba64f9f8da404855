// One benchmark run on one page: a fresh browser context, then load, typing, a keyboard move,
// the palette and the heap, each measured inside the page.
import type { Browser, Page } from '@playwright/test'
import {
  KEEP_NAMES_SHIM,
  atFramePoint,
  installInteractiveProbe,
  installMoveProbe,
  installPaletteProbe,
  installSaveProbe,
  installTypingProbe,
  type BenchState,
} from './page-probes'

export interface RunResult {
  loadMs?: number
  /** keydown → paint, keys sent at spread points of a frame. */
  typingMs: number[]
  /** keydown → paint, keys sent right after a frame starts (about one frame whatever the work). */
  typingAtFrameStartMs: number[]
  typingWorkMs: number[]
  /** Per key, frames missed before its paint (0 when the key's work fit in its frame). */
  typingFramesLate: number[]
  /** Tasks over 50 ms while typing (Long Tasks API). */
  longTasksMs: number[]
  /** Ctrl+S after the typing → "Saved", and the tasks over 50 ms meanwhile. */
  saveMs?: number
  saveLongTasksMs: number[]
  keyboardMoveMs?: number
  paletteOpenMs?: number
  heapMB?: number
  errors: string[]
}

/** Loading a big page may be slow; a single interaction that takes this long has failed. */
const TIMEOUT = 120_000
const STEP_TIMEOUT = 30_000
const KEYSTROKES = 20

const bench = (page: Page): Promise<BenchState> =>
  page.evaluate(() => (window as Window & { __bench?: BenchState }).__bench ?? { typing: [] })

type Mark = 'interactiveAt' | 'moveEnd' | 'paletteEnd' | 'saveEnd'

/** Waits (polling on animation frames in the page: a condition, not a sleep) for a mark. */
async function waitFor(page: Page, mark: Mark): Promise<BenchState> {
  await page.waitForFunction(
    (key) => (window as Window & { __bench?: BenchState }).__bench?.[key] !== undefined,
    mark,
    { timeout: TIMEOUT },
  )
  return bench(page)
}

async function load(page: Page, url: string): Promise<number> {
  await page.goto(url, { timeout: TIMEOUT })
  const s = await waitFor(page, 'interactiveAt')
  return s.interactiveAt ?? Number.NaN
}

/** The rich-text editor of `blockId`: inline on its card, or in the fields panel once selected. */
async function richTextField(page: Page, blockId: string) {
  const card = page.locator(`li[data-block-id="${blockId}"]`)
  await card.scrollIntoViewIfNeeded({ timeout: STEP_TIMEOUT })
  const inline = card.locator('[contenteditable="true"]')
  if ((await inline.count()) > 0) return inline.first()
  await card
    .getByRole('button', { name: /^Move\b/ })
    .first()
    .click({ timeout: STEP_TIMEOUT })
  return page.locator(':not(li[data-block-id] *)[contenteditable="true"]').first()
}

/**
 * Types KEYSTROKES keys in pairs: one sent at a spread point of a frame (as a typist's keys
 * arrive), one sent right after a frame starts (Playwright's wait polls on animation frames), the
 * worst point for latency. Interleaved so that both sets share the cold first keys.
 */
async function typing(page: Page, blockId: string): Promise<BenchState & { spread: boolean[] }> {
  const field = await richTextField(page, blockId)
  await field.click({ timeout: STEP_TIMEOUT })
  await page.keyboard.press('End')
  await page.evaluate(installTypingProbe)
  const spread: boolean[] = []
  for (let i = 1; i <= KEYSTROKES * 2; i += 1) {
    const atSpreadPoint = i % 2 === 0
    // 5 ms steps modulo 16 visit every millisecond of a frame once in 16 keys.
    if (atSpreadPoint) await page.evaluate(atFramePoint, ((i / 2) * 5) % 16)
    spread.push(atSpreadPoint)
    await page.keyboard.press(i % 5 === 0 ? 'Space' : 'x')
    await page.waitForFunction(
      (n) => ((window as Window & { __bench?: BenchState }).__bench?.typing.length ?? 0) >= n,
      i,
      { timeout: STEP_TIMEOUT },
    )
  }
  await page.evaluate(() =>
    (window as Window & { __stopLongTasks?: () => void }).__stopLongTasks?.(),
  )
  return { ...(await bench(page)), spread }
}

/** Saves what was typed at once (Ctrl+S in the field) and waits for "Saved". */
async function save(page: Page): Promise<BenchState> {
  await page.evaluate(installSaveProbe)
  await page.keyboard.press('Control+s')
  await waitFor(page, 'saveEnd')
  // The probe reports the last long tasks one frame after "Saved".
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
  return bench(page)
}

async function keyboardMove(page: Page): Promise<number> {
  const first = page.locator('li[data-block-id]').first()
  const id = await first.getAttribute('data-block-id')
  if (!id) throw new Error('no block to move')
  await page.evaluate(installMoveProbe, id)
  await first
    .getByRole('button', { name: /^Move\b/ })
    .first()
    .focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Space')
  const s = await waitFor(page, 'moveEnd')
  return (s.moveEnd ?? Number.NaN) - (s.moveStart ?? Number.NaN)
}

async function palette(page: Page): Promise<number> {
  await page.evaluate(installPaletteProbe)
  await page.getByRole('button', { name: 'Add block', exact: true }).first().click()
  const s = await waitFor(page, 'paletteEnd')
  await page.keyboard.press('Escape')
  return (s.paletteEnd ?? Number.NaN) - (s.paletteStart ?? Number.NaN)
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return Math.round((usedSize / 1024 / 1024) * 10) / 10
}

export async function runOnce(
  browser: Browser,
  url: string,
  richTextBlockId: string,
): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(STEP_TIMEOUT)
  await page.addInitScript({ content: KEEP_NAMES_SHIM })
  await page.addInitScript(installInteractiveProbe)
  const result: RunResult = {
    typingMs: [],
    typingAtFrameStartMs: [],
    typingWorkMs: [],
    typingFramesLate: [],
    longTasksMs: [],
    saveLongTasksMs: [],
    errors: [],
  }
  const attempt = async <T>(name: string, step: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await step()
    } catch (error) {
      result.errors.push(
        `${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      )
      return undefined
    }
  }
  try {
    const loadMs = await attempt('load', () => load(page, url))
    if (loadMs === undefined) return result
    result.loadMs = loadMs
    const heap = await attempt('heap', () => heapMB(page))
    if (heap !== undefined) result.heapMB = heap
    const typed = await attempt('typing', () => typing(page, richTextBlockId))
    const typedMs = typed?.typing ?? []
    result.typingMs = typedMs.filter((_, i) => typed?.spread[i] === true)
    result.typingAtFrameStartMs = typedMs.filter((_, i) => typed?.spread[i] === false)
    result.typingWorkMs = typed?.typingWork ?? []
    result.typingFramesLate = typed?.typingFramesLate ?? []
    result.longTasksMs = typed?.longTasks ?? []
    const saved = await attempt('save', () => save(page))
    if (saved?.saveEnd !== undefined && saved.saveStart !== undefined) {
      result.saveMs = saved.saveEnd - saved.saveStart
    }
    result.saveLongTasksMs = saved?.saveLongTasks ?? []
    const move = await attempt('keyboard move', () => keyboardMove(page))
    if (move !== undefined) result.keyboardMoveMs = move
    const open = await attempt('palette', () => palette(page))
    if (open !== undefined) result.paletteOpenMs = open
    return result
  } finally {
    await context.close()
  }
}
