// The Connection page (admins): the doctor's checks of the configured backend, in order, through
// the server's own proxy; a button adds the write that changes nothing.
import { mkdirSync } from 'node:fs'
import { expect, test } from './fixtures/test'

test('an admin sees every connection check pass, and the harmless write too', async ({
  page,
  backend,
}) => {
  test.setTimeout(90_000)
  await page.goto('/')
  await page.getByRole('link', { name: 'Connection' }).click()
  await expect(page).toHaveURL(/\/connection$/)
  await expect(page.getByRole('status').filter({ hasText: 'check' })).toHaveText(
    'Every check passed.',
  )
  const checks = page.getByRole('list', { name: 'Connection checks' }).getByRole('listitem')
  await expect(checks).toHaveText([
    /^Backend reachable: Passed\./,
    /^Credentials accepted: Passed\./,
    /^Records listed: Passed\./,
    /^One record read: Passed\./,
    /^Block types found: Passed\./,
    /^A write that changes nothing: Not run\. Read-only run\./,
  ])
  // Opening the page wrote nothing.
  expect(await backend.blockPatches()).toEqual([])

  await page.getByRole('button', { name: 'Check again, with a write that changes nothing' }).click()
  await expect(checks.last()).toHaveText(/^A write that changes nothing: Passed\./)
  await expect(page.getByRole('status').filter({ hasText: 'check' })).toHaveText(
    'Every check passed.',
  )
  const patches = await backend.blockPatches()
  expect(patches).toHaveLength(1)
  expect(patches[0]?.operations).toEqual([{ op: 'update', blockId: expect.any(String), value: {} }])
  if (process.env.SHOTS_DIR) {
    mkdirSync(process.env.SHOTS_DIR, { recursive: true })
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/connection.png`, fullPage: true })
  }
})
