// One drop, one move: the keyboard and the pointer each send a single id-anchored operation.
import { expect, test } from './fixtures/test'
import { ids } from './fixtures/demo'

// Tall enough that the first blocks sit far from the canvas edges, where dragging auto-scrolls.
test.use({ viewport: { width: 1280, height: 1400 } })

test('a keyboard drop sends one moveAfter naming the block and its new neighbour', async ({
  editor,
  backend,
}) => {
  const before = await backend.readRecord('pages', 'home')
  const order = ids(before.blocks)
  const [first, moved, anchor, ...rest] = order
  if (!first || !moved || !anchor) throw new Error('the home page needs three blocks')
  await editor.open('pages', 'home')

  await editor.keyboardMove(moved, 'down')

  const expected = [first, anchor, moved, ...rest]
  await expect.poll(() => editor.blockIds()).toEqual(expected)
  await expect(editor.page.getByText(/was moved after/)).toBeAttached()
  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  const [patch] = await backend.blockPatches()
  expect(patch).toMatchObject({ draft: true, ifUpdatedAt: before.updatedAt })
  expect(patch?.operations).toEqual([{ op: 'moveAfter', blockId: moved, anchorId: anchor }])
  expect(ids((await backend.readRecord('pages', 'home')).blocks)).toEqual(expected)
  await editor.expectSaved()
})

test('Escape cancels a keyboard drag and sends nothing', async ({ editor, backend }) => {
  const before = await backend.readRecord('pages', 'home')
  const order = ids(before.blocks)
  const moved = order[1]
  if (!moved) throw new Error('the home page needs two blocks')
  await editor.open('pages', 'home')

  await editor.handle(moved).focus()
  await editor.page.keyboard.press('Space')
  await editor.page.keyboard.press('ArrowDown')
  await editor.page.keyboard.press('Escape')

  await expect(editor.page.getByText(/was cancelled/)).toBeAttached()
  expect(await editor.blockIds()).toEqual(order)
  // A save now would carry any queued move; there must be nothing to send.
  await editor.save()
  await editor.expectSaved()
  expect(await backend.blockPatches()).toEqual([])
})

test('a pointer drop on the lower half of a block sends one moveAfter', async ({
  editor,
  backend,
}) => {
  const before = await backend.readRecord('pages', 'home')
  const order = ids(before.blocks)
  const [moved, second, anchor, ...rest] = order
  if (!moved || !second || !anchor) throw new Error('the home page needs three blocks')
  await editor.open('pages', 'home')

  await editor.pointerMove(moved, anchor, 'bottom')

  const expected = [second, anchor, moved, ...rest]
  await expect.poll(() => editor.blockIds()).toEqual(expected)
  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  const [patch] = await backend.blockPatches()
  expect(patch).toMatchObject({ draft: true, ifUpdatedAt: before.updatedAt })
  expect(patch?.operations).toEqual([{ op: 'moveAfter', blockId: moved, anchorId: anchor }])
  expect(ids((await backend.readRecord('pages', 'home')).blocks)).toEqual(expected)
})
