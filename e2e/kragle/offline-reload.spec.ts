// BACKEND=kragle: block ids survive a save and a reload. Kragle writes carry no ids, and after a
// move the reference's instance ids sit at other blocks (kept by position), so an id is only
// stable because the adapter's id book (localStorage) says which instance each editor id now
// names. An edit made offline is kept in the outbox across a reload and, once online, must land
// on the block it was made on, not on the block that now has that instance id.
import { expect, test } from '../fixtures/kragle-test'
import { keptOperations } from '../fixtures/outbox'

const STACK = 1

test('move, save, edit offline, reload, go online: the edit reaches the right block', async ({
  page,
  editor,
  kragle,
}) => {
  // Two page loads, a save and a restore: more than one ordinary gesture's time on a busy machine.
  test.slow()
  const before = (await kragle.stack(STACK)).blocks
  const open = async () => {
    await page.goto(`/edit/stacks/${STACK}`)
    await expect(editor.blocks.first()).toBeVisible({ timeout: 30_000 })
  }
  await open()
  const ids = await editor.blockIds()
  const [welcome, intro] = ids
  if (!welcome || !intro) throw new Error('the seed stack has blocks')

  await editor.keyboardMove(welcome, 'down')
  await editor.expectSaved()
  const moved = await editor.blockIds()
  expect(moved).toEqual([intro, welcome, ...ids.slice(2)])
  // Kragle's instance at the first position is still the first instance: it now holds "Intro".
  const afterMove = (await kragle.stack(STACK)).blocks
  expect(afterMove.map((block) => block.id)).toEqual(before.map((block) => block.id))
  expect(afterMove[0]?.state).toEqual({ text: 'Stacks are built from blocks.' })

  await page.context().setOffline(true)
  const state = await editor.field(welcome, 'State')
  await state.fill('{"text": "Edited offline"}')
  await expect(editor.saveStatus).toHaveText('Offline — 1 change kept on this device')
  await expect.poll(() => keptOperations(page)).toBe(1)

  // Reloading while offline fails (no connection): the page and its memory are gone.
  await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/)
  await page.context().setOffline(false)
  await open()

  await editor.expectSaved()
  expect(await editor.blockIds()).toEqual(moved)
  const saved = (await kragle.stack(STACK)).blocks
  expect(saved.map((block) => [block.type, block.state])).toEqual([
    ['paragraph', { text: 'Stacks are built from blocks.' }],
    ['heading', { text: 'Edited offline' }],
    ...before.slice(2).map((block) => [block.type, block.state]),
  ])
  await expect(await editor.field(welcome, 'State')).toHaveValue(/Edited offline/)
})
