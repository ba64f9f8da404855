// Editing at Basker's real limits (100 reads, 20 writes per key per rolling minute): typing with
// the pauses of a person for longer than a minute, which unpaced would send far more than 20
// saves, is paced below the limit. No 429, no error shown, nothing lost.
import { mkdirSync } from 'node:fs'
import { TEST_HOOKS } from './fixtures/env'
import { expect, test } from './fixtures/test'

const SAVE_ERRORS = /^(Error|Conflict)/

test('typing for 70 s at 20 writes a minute loses nothing and shows no error', async ({
  page,
  request,
  editor,
  backend,
}) => {
  test.setTimeout(240_000)
  // The e2e server runs above the limits for the other specs; this one uses Basker's own.
  const limits = await request.post(`${TEST_HOOKS}/rate-limits`, {
    data: { reads: 100, writes: 20 },
  })
  expect(limits.ok()).toBe(true)

  const answers: { at: number; method: string; status: number }[] = []
  page.on('response', (response) => {
    if (!response.url().includes('/api/backend/')) return
    answers.push({ at: Date.now(), method: response.request().method(), status: response.status() })
  })
  const shown = new Set<string>()

  await editor.open('pages', 'home')
  const input = await editor.field('home-visit-heading', 'Text')
  let text = await input.inputValue()
  const start = Date.now()
  for (let word = 0; Date.now() - start < 70_000; word += 1) {
    await input.press('End')
    await input.pressSequentially(` w${word}`)
    text += ` w${word}`
    shown.add((await editor.saveStatus.first().textContent())?.trim() ?? '')
    await expect(input).toHaveValue(text)
    // A typist's pause, longer than the 800 ms idle delay (unpaced, every pause would be a save):
    // waited on the page's own clock since the last keystroke, not a fixed sleep in the test.
    await page.evaluate(() => {
      ;(window as unknown as { lastKeyAt: number }).lastKeyAt = performance.now()
    })
    await page.waitForFunction(
      () => performance.now() - (window as unknown as { lastKeyAt: number }).lastKeyAt >= 900,
    )
  }
  await editor.save()
  await expect(editor.saveStatus.first()).toHaveText('Saved', { timeout: 90_000 })

  const writes = answers.filter((a) => a.method === 'PATCH')
  const most = Math.max(
    ...writes.map((w) => writes.filter((o) => o.at >= w.at && o.at < w.at + 60_000).length),
  )
  expect(answers.filter((a) => a.status === 429)).toEqual([])
  expect(most).toBeLessThanOrEqual(20)
  expect(writes.length).toBeGreaterThan(5)
  expect([...shown].filter((s) => SAVE_ERRORS.test(s))).toEqual([])
  await expect(page.getByRole('alert')).toHaveCount(0)
  const saved = await backend.readRecord('pages', 'home')
  expect(saved.blocks.find((b) => b.id === 'home-visit-heading')?.value.text).toBe(text)
  if (process.env.SHOTS_DIR) {
    mkdirSync(process.env.SHOTS_DIR, { recursive: true })
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/real-limits.png` })
  }
})
