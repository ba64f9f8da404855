// Screenshots of the canvas for each backend's demo record.
import { chromium } from '@playwright/test'
const [, , backend, port, path] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
page.on('pageerror', (e) => console.log('pageerror', e.message))
page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()) })
const base = `http://127.0.0.1:${port}`
let target = path
if (!target) {
  await page.goto(base + '/')
  const link = page.locator('a[href*="/edit/"]').first()
  await link.waitFor({ timeout: 30000 })
  target = await link.getAttribute('href')
}
console.log('opening', target)
await page.goto(base + target)
await page.getByRole('list', { name: 'Blocks', exact: true }).locator('li[data-block-id]').first().waitFor({ timeout: 30000 })
await page.waitForTimeout(1500)
await page.screenshot({ path: `/tmp/shots-canvas/${backend}-canvas.png` })
const text = await page.getByRole('list', { name: 'Blocks', exact: true }).innerText()
console.log('canvas text:', text.replace(/\s+/g, ' ').slice(0, 1500))
// Select the first block: editors in place.
await page.getByRole('button', { name: /^Move\b/ }).first().click()
await page.waitForTimeout(500)
await page.screenshot({ path: `/tmp/shots-canvas/${backend}-selected.png` })
await browser.close()
