// Issue 19, review comments and approvals, with two people in two browser contexts: Ann (an
// editor) comments on a block, Boss (an admin) sees it, answers and resolves it; the thread is
// still there after the server restarts (a server of the spec's own, stopped and started again
// on the same data directory); Boss approves the draft and the review says it changed once Ann
// edits it.
import { expect, test, type Browser, type BrowserContext } from '@playwright/test'
import { EditorPage } from './fixtures/editor-page'
import { OwnServer } from './fixtures/own-server'
import { PASSWORD } from './fixtures/auth'

const server = new OwnServer()

test.beforeAll(async () => {
  // A cold start (tsx, PGlite's first start, migrations, the demo seed) on a busy machine.
  test.setTimeout(120_000)
  await server.start()
  // The first user must be an admin.
  for (const [email, role, name] of [
    ['boss@example.com', 'admin', 'Boss'],
    ['ann@example.com', 'editor', 'Ann'],
  ]) {
    const response = await fetch(`${server.origin}/__test/auth/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, name, role, password: PASSWORD }),
    })
    expect(response.status, await response.text()).toBe(201)
  }
})

test.afterAll(async () => {
  await server.dispose()
})

async function personAt(browser: Browser, email: string): Promise<[BrowserContext, EditorPage]> {
  const context = await browser.newContext({ baseURL: server.origin })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible()
  await page.getByLabel('E-mail address').fill(email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page.getByRole('group', { name: 'Current user' })).toBeVisible()
  return [context, new EditorPage(page)]
}

test('a comment is seen by another user, answered, resolved and kept across a restart; an approval shows when the draft changed', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const [annContext, ann] = await personAt(browser, 'ann@example.com')
  const [bossContext, boss] = await personAt(browser, 'boss@example.com')

  // Ann comments on the first block, from the side panel's Comment.
  await ann.open('pages', 'home')
  const blockId = (await ann.blockIds())[0] ?? ''
  const label = (await ann.block(blockId).locator('.block-card__label').first().textContent()) ?? ''
  await ann.select(blockId)
  await ann.page.getByRole('button', { name: 'Comment', exact: true }).click()
  const annPanel = ann.page.getByRole('dialog', { name: `Comments on ${label}` })
  const commentBox = annPanel.getByRole('textbox', { name: 'Comment' })
  await expect(commentBox).toBeFocused()
  // Text, never markup: the tags below are shown as typed.
  await commentBox.fill('Shorter, please. <b>not bold</b>')
  await annPanel.getByRole('button', { name: 'Add comment' }).click()
  await expect(annPanel.getByText('Shorter, please. <b>not bold</b>')).toBeVisible()
  await expect(ann.block(blockId).getByRole('button', { name: 'Comments (1)' })).toBeVisible()
  await ann.page.keyboard.press('Escape')
  await expect(annPanel).toBeHidden()

  // Boss, in another browser context, sees the count on the block and answers.
  await boss.open('pages', 'home')
  const badge = boss.block(blockId).getByRole('button', { name: 'Comments (1)' })
  await badge.click()
  const bossPanel = boss.page.getByRole('dialog', { name: `Comments on ${label}` })
  await expect(bossPanel.getByRole('heading', { name: `Comments on ${label}` })).toBeFocused()
  const thread = bossPanel.getByRole('article', { name: 'Thread started by Ann' })
  await expect(thread.getByText('Shorter, please. <b>not bold</b>')).toBeVisible()
  await thread.getByRole('textbox', { name: 'Reply' }).fill('Done, it is two lines now.')
  await thread.getByRole('button', { name: 'Reply' }).click()
  await expect(thread.getByText('Done, it is two lines now.')).toBeVisible()
  await boss.page.screenshot({ path: test.info().outputPath('thread-panel.png') })
  await thread.getByRole('button', { name: 'Resolve' }).click()
  await expect(bossPanel.getByText('Resolved by Boss')).toBeVisible()
  await expect(
    boss.block(blockId).getByRole('button', { name: 'Comments (1 resolved)' }),
  ).toBeVisible()
  // Escape closes the panel and gives focus back to the badge that opened it.
  await boss.page.keyboard.press('Escape')
  await expect(bossPanel).toBeHidden()
  await expect(boss.block(blockId).getByRole('button', { name: /^Comments \(/ })).toBeFocused()

  // The server stops and starts again on the same data: the thread, its answer and its state stay.
  await server.restart()
  await ann.page.reload()
  await expect(ann.blocks.first()).toBeVisible()
  await ann.block(blockId).getByRole('button', { name: 'Comments (1 resolved)' }).click()
  const kept = ann.page.getByRole('article', { name: 'Thread started by Ann, resolved' })
  await expect(kept.getByText('Shorter, please. <b>not bold</b>')).toBeVisible()
  await expect(kept.getByText('Done, it is two lines now.')).toBeVisible()
  await expect(kept.getByText('Resolved by Boss')).toBeVisible()
  await ann.page.keyboard.press('Escape')

  // Boss approves the draft as it is on the review.
  await boss.page.goto('/review/pages/home')
  const approvals = boss.page.getByRole('region', { name: 'Approvals' })
  await approvals.getByRole('button', { name: 'Approve' }).click()
  await expect(approvals.getByText(/^Latest: Boss approved the version saved/)).toBeVisible()
  await expect(approvals.getByText('Matches the draft', { exact: true })).toBeVisible()
  const history = approvals.getByRole('list', { name: 'Approval history' }).getByRole('listitem')
  await expect(history).toHaveCount(1)
  await expect(history).toContainText('matches the draft now')
  // The fingerprint is of the content: the same draft read again still matches.
  await boss.page.reload()
  await expect(approvals.getByText('Matches the draft', { exact: true })).toBeVisible()
  const comments = boss.page.getByRole('region', { name: 'Comments', exact: true })
  await expect(comments.getByText('Shorter, please. <b>not bold</b>')).toBeVisible()

  // Ann edits the block and saves; the review then says the draft changed since the approval.
  await ann.select(blockId)
  const text = ann.block(blockId).getByRole('textbox').first()
  await text.fill('A shorter intro')
  await ann.save()
  await ann.expectSaved()
  await boss.page.reload()
  await expect(approvals.getByText('Changed since approval')).toBeVisible()
  await expect(history).toContainText('an earlier draft')
  await approvals.scrollIntoViewIfNeeded()
  await boss.page.screenshot({
    path: test.info().outputPath('review-approvals.png'),
    fullPage: true,
  })

  await annContext.close()
  await bossContext.close()
})
