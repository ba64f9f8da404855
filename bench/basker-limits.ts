// `npm run bench:basker-limits`: five minutes of continuous typing and moving in Chromium against
// the reference Basker at its real limits (100 reads, 20 writes per key per rolling minute).
// Prints JSON: writes sent, the most in any rolling minute, 429s seen, every save state shown,
// and whether the backend ends equal to the editor. Exit code 1 when something was lost or an
// error was shown. BENCH_SECONDS changes the length.
import { spawn } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, resolveChromium } from '../scripts/chromium.mjs'
import { build, makeWorkDir } from './server'

const root = resolve(import.meta.dirname, '..')
const SECONDS = Number(process.env.BENCH_SECONDS ?? 300)
const log = (line: string) => process.stderr.write(`[basker-limits] ${line}\n`)
const BASE = '/ref/basker/partners/2026-02/demo'

const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0))
    })
  })

/** A seeded random, so a run can be replayed. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0
    return state / 2 ** 32
  }
}

interface Block {
  id: string
  type: string
  value: Record<string, unknown>
}

async function main(): Promise<number> {
  const workDir = makeWorkDir()
  log('building…')
  build(workDir)
  const port = await freePort()
  const dataDir = join(workDir, 'data')
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const key of ['DATABASE_URL', 'BACKEND_URL', 'BACKEND_API_KEY', 'BASKER_TENANT']) {
    delete env[key]
  }
  const child = spawn(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'src/server/main.ts')],
    {
      cwd: workDir,
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
      env: {
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        BACKEND: 'basker',
        // Basker's real limits.
        BASKER_RATE_READS: '100',
        BASKER_RATE_WRITES: '20',
      },
    },
  )
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((r) => child.once('exit', r))
      process.kill(-child.pid, 'SIGTERM')
      await exited
    }
    rmSync(workDir, { recursive: true, force: true })
  }
  try {
    for (let i = 0; ; i += 1) {
      if (i > 300) throw new Error('the server did not start')
      const ok = await fetch(`${url}/api/config`).then(
        (r) => r.ok,
        () => false,
      )
      if (ok) break
      await new Promise((r) => setTimeout(r, 200))
    }
    const executablePath = resolveChromium()
    const browser = await chromium.launch({
      args: CHROMIUM_ARGS,
      ...(executablePath ? { executablePath } : { channel: 'chromium' }),
    })
    try {
      return await session(await browser.newPage(), url, dataDir)
    } finally {
      await browser.close()
    }
  } finally {
    await stop()
  }
}

async function session(page: Page, url: string, dataDir: string): Promise<number> {
  const calls: { at: number; method: string; status: number }[] = []
  page.on('response', (response) => {
    const request = response.request()
    if (!request.url().includes('/api/backend/')) return
    calls.push({ at: Date.now(), method: request.method(), status: response.status() })
  })
  const states = new Map<string, number>()
  let alerts = 0

  await page.goto(`${url}/edit/pages/home`)
  const list = page.getByRole('list', { name: 'Blocks', exact: true })
  await list.locator('li[data-block-id]').first().waitFor()
  const status = page
    .getByRole('status')
    .filter({ hasText: /^\s*(Saved|Saving…|\d+ unsaved changes?|Offline.*|Conflict|Error.*)\s*$/ })
  const ids = () =>
    list
      .locator('li[data-block-id]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-block-id') ?? ''))
  const headings = (await ids()).filter((id) => id.includes('heading'))
  const typed = new Map<string, string>()
  const rand = random(20_260_604)
  const start = Date.now()
  let words = 0
  let moves = 0

  const watch = setInterval(() => {
    void status
      .first()
      .textContent({ timeout: 200 })
      .then((text) => {
        const state = (text ?? '').trim().replace(/^\d+ unsaved changes?$/, 'N unsaved changes')
        states.set(state, (states.get(state) ?? 0) + 1)
      })
      .catch(() => undefined)
    void page
      .getByRole('alert')
      .count()
      .then((n) => {
        alerts = Math.max(alerts, n)
      })
      .catch(() => undefined)
  }, 500)

  log(`typing and moving for ${SECONDS} s…`)
  while (Date.now() - start < SECONDS * 1000) {
    if (rand() < 0.15) {
      // A keyboard move of a random block, one place up or down.
      const order = await ids()
      const id = order[Math.floor(rand() * order.length)] ?? order[0] ?? ''
      const handle = list
        .locator(`li[data-block-id="${id}"]`)
        .getByRole('button', { name: /^Move\b/ })
        .first()
      await handle.focus()
      await page.keyboard.press('Space')
      await page.keyboard.press(order.indexOf(id) === 0 || rand() < 0.5 ? 'ArrowDown' : 'ArrowUp')
      await page.keyboard.press('Space')
      moves += 1
    } else {
      const id = headings[Math.floor(rand() * headings.length)] ?? ''
      const block = list.locator(`li[data-block-id="${id}"]`)
      const inline = block.getByLabel('Text', { exact: true })
      let field = inline.first()
      if ((await inline.count()) === 0) {
        await block
          .getByRole('button', { name: /^Move\b/ })
          .first()
          .click()
        field = page
          .getByLabel('Text', { exact: true })
          .and(page.locator(':not([data-block-id] *)'))
          .first()
      }
      await field.click()
      await field.press('End')
      await field.pressSequentially(` w${words}`, { delay: 40 })
      typed.set(id, await field.inputValue())
      words += 1
    }
    // A person's pause between words: sometimes shorter, sometimes longer than the 800 ms idle.
    await page.waitForTimeout(200 + Math.floor(rand() * 1400))
  }
  log('done typing; saving…')
  await page.keyboard.press('ControlOrMeta+s')
  const settleStart = Date.now()
  while ((await status.first().textContent())?.trim() !== 'Saved') {
    if (Date.now() - settleStart > 180_000) break
    await page.waitForTimeout(250)
  }
  const settleMs = Date.now() - settleStart
  clearInterval(watch)

  const key = (
    JSON.parse(readFileSync(join(dataDir, 'reference-keys.json'), 'utf8')) as Record<string, string>
  ).basker
  // Another client's read through the partner API: one read of the 100.
  const draft = (await (
    await fetch(`${url}${BASE}/pages/home?draft=true`, {
      headers: { Authorization: `users API-Key ${key}` },
    })
  ).json()) as { blocks: Block[] }
  const editorOrder = await ids()
  const backendOrder = draft.blocks.map((b) => b.id)
  const textsEqual = [...typed].every(
    ([id, text]) => draft.blocks.find((b) => b.id === id)?.value.text === text,
  )
  const writes = calls.filter((c) => c.method === 'PATCH')
  let maxInMinute = 0
  for (const w of writes) {
    maxInMinute = Math.max(
      maxInMinute,
      writes.filter((o) => o.at >= w.at && o.at < w.at + 60_000).length,
    )
  }
  const errorStates = [...states.keys()].filter((s) => /^(Error|Conflict)/.test(s))
  const report = {
    seconds: SECONDS,
    limits: { readsPerMinute: 100, writesPerMinute: 20 },
    gestures: { words, moves },
    writesSent: writes.length,
    maxWritesInAnyMinute: maxInMinute,
    readsSent: calls.filter((c) => c.method === 'GET').length,
    status429: calls.filter((c) => c.status === 429).length,
    otherFailures: calls.filter((c) => c.status >= 400 && c.status !== 429).length,
    statesShown: Object.fromEntries(states),
    alertsShown: alerts,
    settleAfterTypingMs: settleMs,
    finalEqual: {
      order: JSON.stringify(editorOrder) === JSON.stringify(backendOrder),
      typedText: textsEqual,
    },
  }
  console.log(JSON.stringify(report, null, 2))
  const ok =
    report.finalEqual.order &&
    report.finalEqual.typedText &&
    errorStates.length === 0 &&
    alerts === 0
  return ok ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
