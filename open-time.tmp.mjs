import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage()
page.on('response', (r) => { if (r.url().includes('/api/')) console.log(Date.now() % 100000, r.status(), r.url().slice(0, 120)) })
const t = Date.now()
await page.goto('http://127.0.0.1:6600/edit/pages/home')
await page.locator('li[data-block-id]').first().waitFor({ timeout: 120000 })
console.log('opened in', Date.now() - t, 'ms')
await browser.close()
