// The outline: the record's blocks as a tree beside the canvas, kept in sync with it; a move
// there sends the same single operation as on the canvas.
import { expect, test } from './fixtures/test'
import { ids } from './fixtures/demo'
import { OutlinePage } from './fixtures/outline-page'

test('a keyboard move in the outline sends one move and updates canvas and outline', async ({
  editor,
  backend,
}) => {
  const before = await backend.readRecord('pages', 'home')
  const order = ids(before.blocks)
  const [first, moved, anchor, ...rest] = order
  if (!first || !moved || !anchor) throw new Error('the home page needs three blocks')
  const outline = new OutlinePage(editor.page)
  await editor.open('pages', 'home')
  await expect(outline.rows.first()).toBeVisible()
  expect(await outline.rowIds()).toEqual(order)

  await outline.keyboardMove(moved, 'down')

  const expected = [first, anchor, moved, ...rest]
  await expect.poll(() => outline.rowIds()).toEqual(expected)
  await expect.poll(() => editor.blockIds()).toEqual(expected)
  await expect(editor.page.getByText(/was moved after/).first()).toBeAttached()
  await expect(outline.handle(moved)).toBeFocused()
  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  const [patch] = await backend.blockPatches()
  expect(patch).toMatchObject({ draft: true, ifUpdatedAt: before.updatedAt })
  expect(patch?.operations).toEqual([{ op: 'moveAfter', blockId: moved, anchorId: anchor }])
  expect(ids((await backend.readRecord('pages', 'home')).blocks)).toEqual(expected)
})

test('Escape cancels an outline drag and sends nothing', async ({ editor, backend }) => {
  const order = ids((await backend.readRecord('pages', 'home')).blocks)
  const moved = order[1] as string
  const outline = new OutlinePage(editor.page)
  await editor.open('pages', 'home')
  await outline.handle(moved).focus()
  await editor.page.keyboard.press('Space')
  await editor.page.keyboard.press('ArrowDown')
  await editor.page.keyboard.press('Escape')
  await expect(editor.page.getByText(/was cancelled/).first()).toBeAttached()
  await editor.save()
  await editor.expectSaved()
  expect(await backend.blockPatches()).toEqual([])
  expect(await outline.rowIds()).toEqual(order)
})

test('tree semantics, arrow navigation and selection shared with the canvas', async ({
  editor,
  backend,
}) => {
  const order = ids((await backend.readRecord('pages', 'home')).blocks)
  const last = order[order.length - 1] as string
  const outline = new OutlinePage(editor.page)
  await editor.open('pages', 'home')
  const firstRow = outline.row(order[0] as string)
  await expect(firstRow).toHaveAttribute('aria-level', '1')
  await expect(firstRow).toHaveAttribute('aria-posinset', '1')
  await expect(firstRow).toHaveAttribute('aria-setsize', String(order.length))

  await firstRow.click()
  await expect(editor.block(order[0] as string)).toHaveAttribute('aria-current', 'true')
  await editor.page.keyboard.press('ArrowDown')
  await expect(outline.row(order[1] as string)).toBeFocused()
  await expect(editor.block(order[1] as string)).toHaveAttribute('aria-current', 'true')
  await editor.page.keyboard.press('End')
  await expect(outline.row(last)).toBeFocused()
  await expect(editor.block(last)).toBeInViewport()

  // Selecting on the canvas selects in the outline.
  await editor.select(order[2] as string)
  await expect(outline.row(order[2] as string)).toHaveAttribute('aria-selected', 'true')
  await expect(outline.row(last)).toHaveAttribute('aria-selected', 'false')
})

test('the filter keeps the blocks whose type or text matches', async ({ editor, backend }) => {
  const home = await backend.readRecord('pages', 'home')
  const outline = new OutlinePage(editor.page)
  await editor.open('pages', 'home')
  const quotes = home.blocks.filter((b) => b.type === 'quote').map((b) => b.id)
  await outline.filter.fill('quote')
  await expect.poll(() => outline.rowIds()).toEqual(quotes)
  await outline.filter.fill('no block says this')
  await expect(editor.page.getByText(/No block matches/)).toBeVisible()
  await outline.filter.press('Escape')
  await expect(outline.rows).toHaveCount(home.blocks.length)
})

test('a 1,000-block page renders only the outline rows on screen', async ({ editor }) => {
  const outline = new OutlinePage(editor.page)
  await editor.open('pages', 'perf-1000')
  await expect(outline.rows.first()).toBeVisible()
  const rendered = await outline.rows.count()
  expect(rendered).toBeGreaterThan(5)
  expect(rendered).toBeLessThan(100)
  await outline.rows.first().click()
  await editor.page.keyboard.press('End')
  await expect(outline.rows.last()).toBeFocused()
  await expect(outline.rows.last()).toHaveAttribute('aria-posinset', '1000')
})

test('a mouse drag in the outline sends one move', async ({ editor, backend }) => {
  const order = ids((await backend.readRecord('pages', 'home')).blocks)
  const [moved, second, anchor, ...rest] = order as [string, string, string, ...string[]]
  const outline = new OutlinePage(editor.page)
  await editor.open('pages', 'home')
  const from = await outline.handle(moved).boundingBox()
  const to = await outline.row(anchor).boundingBox()
  if (!from || !to) throw new Error('the outline rows are not visible')
  const x = from.x + from.width / 2
  await editor.page.mouse.move(x, from.y + from.height / 2)
  await editor.page.mouse.down()
  const goal = to.y + to.height * 0.75
  for (let y = from.y + from.height / 2; y < goal; y += 6) await editor.page.mouse.move(x, y)
  await editor.page.mouse.move(x, goal)
  await editor.page.mouse.up()

  await expect.poll(() => outline.rowIds()).toEqual([second, anchor, moved, ...rest])
  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  const [patch] = await backend.blockPatches()
  expect(patch?.operations).toEqual([{ op: 'moveAfter', blockId: moved, anchorId: anchor }])
})
