// Multi-select: several blocks moved, removed or duplicated at once are one dispatch of the
// fewest operations, saved together and undone in one step.
import { expect, test } from './fixtures/test'
import { ids } from './fixtures/demo'

const modifier = process.platform === 'darwin' ? 'Meta' : 'Control'

test('three scattered blocks moved to the top send the minimal moves; one undo reverts them', async ({
  editor,
  backend,
}) => {
  const before = await backend.readRecord('pages', 'home')
  const order = ids(before.blocks)
  const [a, b, c] = [order[2], order[5], order[8]] as [string, string, string]
  if (order.length < 9) throw new Error('the home page needs nine blocks')
  await editor.open('pages', 'home')

  await editor.select(a)
  await editor.handle(b).click({ modifiers: [modifier] })
  await editor.handle(c).click({ modifiers: [modifier] })
  await expect(editor.page.getByText('3 blocks selected').first()).toBeAttached()

  // Carry the whole selection by the last block's handle to the top of the page.
  await editor.keyboardMove(c, 'up', order.length)

  const moved = [a, b, c, ...order.filter((id) => ![a, b, c].includes(id))]
  await expect.poll(() => editor.blockIds()).toEqual(moved)
  await expect(editor.page.locator('[data-drag-live]')).toHaveText(/^3 blocks were moved before /)
  await editor.save()
  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  const [patch] = await backend.blockPatches()
  expect(patch).toMatchObject({ draft: true, ifUpdatedAt: before.updatedAt })
  expect(patch?.operations).toEqual([
    { op: 'moveBefore', blockId: a, anchorId: order[0] },
    { op: 'moveAfter', blockId: b, anchorId: a },
    { op: 'moveAfter', blockId: c, anchorId: b },
  ])
  await editor.expectSaved()

  await editor.button('Undo').click()
  await expect.poll(() => editor.blockIds()).toEqual(order)
  await editor.save()
  await expect.poll(() => backend.blockPatches()).toHaveLength(2)
  await editor.expectSaved()
  expect(ids((await backend.readRecord('pages', 'home')).blocks)).toEqual(order)
})

test('Shift+click selects a range, which is removed in one patch and restored by one undo', async ({
  editor,
  backend,
}) => {
  const before = await backend.readRecord('pages', 'home')
  const order = ids(before.blocks)
  const range = order.slice(1, 4)
  await editor.open('pages', 'home')

  await editor.select(range[0] as string)
  // Shift+click on the drawn block, not its handle: the blocks are selected, not the page's text
  // between the two clicks.
  await editor
    .block(range[2] as string)
    .click({ modifiers: ['Shift'], position: { x: 240, y: 70 } })
  await expect(editor.page.getByText('3 blocks selected').first()).toBeAttached()
  expect(await editor.page.evaluate(() => String(window.getSelection()))).toBe('')
  await editor.page.getByRole('button', { name: 'Remove selected' }).click()
  await expect.poll(() => editor.blockIds()).toEqual(order.filter((id) => !range.includes(id)))
  await editor.save()
  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  const [patch] = await backend.blockPatches()
  expect(patch?.operations).toEqual(range.map((blockId) => ({ op: 'remove', blockId })))

  await editor.button('Undo').click()
  await expect.poll(() => editor.blockIds()).toEqual(order)
})

test('Shift+ArrowDown extends, Ctrl/Cmd+A selects all, duplicates go after each original', async ({
  editor,
  backend,
}) => {
  const order = ids((await backend.readRecord('pages', 'home')).blocks)
  await editor.open('pages', 'home')
  await editor.select(order[0] as string)
  await editor.page.keyboard.press('Shift+ArrowDown')
  await expect(editor.page.getByText('2 blocks selected').first()).toBeAttached()
  await expect(editor.handle(order[1] as string)).toBeFocused()

  await editor.page.getByRole('button', { name: 'Duplicate selected' }).click()
  await expect.poll(async () => (await editor.blockIds()).length).toBe(order.length + 2)
  const after = await editor.blockIds()
  expect(after[0]).toBe(order[0])
  expect(after[2]).toBe(order[1])
  await editor.save()
  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  const [patch] = await backend.blockPatches()
  expect(patch?.operations.map((op) => [op.op, 'blockId' in op ? op.blockId : null])).toEqual([
    ['insertAfter', order[0]],
    ['insertAfter', order[1]],
  ])

  await editor.handle(order[0] as string).focus()
  await editor.page.keyboard.press(`${modifier}+a`)
  await expect(editor.page.getByText(`${order.length + 2} blocks selected`).first()).toBeAttached()
})

test('the dragged copy of a selection says how many blocks it carries', async ({
  editor,
  backend,
}) => {
  const order = ids((await backend.readRecord('pages', 'home')).blocks)
  const [a, b, c] = [order[1], order[2], order[3]] as [string, string, string]
  const anchor = order[6] as string
  await editor.open('pages', 'home')
  await editor.select(a)
  await editor.handle(c).click({ modifiers: ['Shift'] })
  await expect(editor.page.getByText('3 blocks selected').first()).toBeAttached()

  await editor.pointerMove(b, anchor, 'bottom', async () => {
    await expect(editor.page.locator('.drag-preview')).toContainText('3 blocks')
  })

  const rest = order.filter((id) => ![a, b, c].includes(id))
  const at = rest.indexOf(anchor) + 1
  await expect
    .poll(() => editor.blockIds())
    .toEqual([...rest.slice(0, at), a, b, c, ...rest.slice(at)])
  await expect(editor.page.locator('[data-drag-live]')).toHaveText(/^3 blocks were moved after /)
})
