import { chromium } from 'playwright'
const out = '/tmp/shots-review'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const which = process.argv[2] ?? 'all'
async function shoot(url, name, prep) {
  for (const [w, h] of [[1440, 900], [390, 844]]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } })
    await page.goto(url)
    if (prep) await prep(page)
    await page.screenshot({ path: `${out}/${name}-${w}.png`, fullPage: true })
    await page.close()
  }
}
const T = { timeout: 60000 }
if (which === 'all' || which === 'review') {
  await shoot('http://127.0.0.1:6300/review/pages/home', 'review-basker', async (page) => {
    await page.getByRole('heading', { name: 'Block by block' }).waitFor(T)
    await page.getByRole('button', { name: 'Show both sides' }).first().click()
  })
}
if (which === 'all' || which === 'drumee') {
  // Make a change on Drumee first: move the first block down with the keyboard.
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto('http://127.0.0.1:6330/edit/pages/1')
  const handle = page.getByRole('button', { name: /^Move\b/ }).first()
  await handle.waitFor(T)
  await handle.focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Space')
  await page.keyboard.press('ControlOrMeta+s')
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor(T)
  await page.close()
  await shoot('http://127.0.0.1:6330/review/pages/1', 'review-drumee', async (p) => {
    await p.getByRole('heading', { name: 'Block by block' }).waitFor(T)
  })
}
if (which === 'all' || which === 'theme') {
  await shoot('http://127.0.0.1:6300/theme', 'theme-site', async (page) => {
    const field = page.getByLabel('Accent colour', { exact: true })
    await field.waitFor(T)
    await field.fill('blue-ish')
    await page.getByLabel('Primary colour', { exact: true }).fill('#1a4d8f')
  })
  await shoot('http://127.0.0.1:6300/edit/pages/home', 'theme-record', async (page) => {
    await page.getByRole('tab', { name: 'Theme' }).click(T)
    await page.getByRole('form', { name: 'Theme settings of this page' }).getByLabel('Accent colour', { exact: true }).waitFor(T)
  })
}
await browser.close()
