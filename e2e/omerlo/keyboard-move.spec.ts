// BACKEND=omerlo: blocks hold entries, so a block may not go among them. The keyboard offers only
// the places a block may go: Space, ArrowUp, Space on the second block makes it first, with one
// blocks PUT — on the canvas and, through the same drag controller, in the outline.
import { DEMO, OMERLO_API } from '../fixtures/omerlo-backend'
import { OutlinePage } from '../fixtures/outline-page'
import { expect, test } from '../fixtures/omerlo-test'

const { festival, blocks } = DEMO
const blocksPath = `${OMERLO_API}/events/${festival}/blocks`
const movedUp = [blocks.speakers, blocks.featured, blocks.moreToRead, blocks.partners]

test('one ArrowUp on the canvas moves the second block first, in one PUT', async ({
  editor,
  omerlo,
}) => {
  await editor.open('events', festival)

  await editor.keyboardMove(blocks.speakers, 'up')

  await expect(editor.page.getByText('Speakers was moved before Featured.')).toBeAttached()
  await expect.poll(() => omerlo.requests()).toHaveLength(1)
  const [put] = await omerlo.requests()
  expect(put).toMatchObject({ method: 'PUT', path: blocksPath })
  expect((put?.body as { id: string }[]).map((b) => b.id)).toEqual(movedUp)
  await editor.expectSaved()
  expect(await omerlo.requests()).toHaveLength(1)
  expect(await omerlo.blockIds(festival)).toEqual(movedUp)
  expect((await editor.blockIds()).filter((id) => movedUp.includes(id as never))).toEqual(movedUp)
  await expect(editor.handle(blocks.speakers)).toBeFocused()
})

test('one ArrowUp in the outline does the same', async ({ editor, omerlo }) => {
  const outline = new OutlinePage(editor.page)
  await editor.open('events', festival)
  await expect(outline.rows.first()).toBeVisible()

  await outline.keyboardMove(blocks.speakers, 'up')

  await expect(editor.page.getByText('Speakers was moved before Featured.').first()).toBeAttached()
  await expect.poll(() => omerlo.requests()).toHaveLength(1)
  const [put] = await omerlo.requests()
  expect(put).toMatchObject({ method: 'PUT', path: blocksPath })
  expect((put?.body as { id: string }[]).map((b) => b.id)).toEqual(movedUp)
  await editor.expectSaved()
  expect(await omerlo.requests()).toHaveLength(1)
  expect(await omerlo.blockIds(festival)).toEqual(movedUp)
  await expect(outline.handle(blocks.speakers)).toBeFocused()
})
