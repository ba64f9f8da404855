// BACKEND=kragle: a stack's blocks are written without ids, so a reorder is saved by PUTting the
// whole blocks array, in the new order and otherwise exactly as Kragle holds it; the editor keeps
// naming each block as before although Kragle's instance ids now sit at other blocks.
import { expect, test } from '../fixtures/kragle-test'
import { asEntry } from '../fixtures/kragle-backend'

const STACK = 1

test('a keyboard move PUTs the whole blocks array in its new order', async ({ editor, kragle }) => {
  const before = (await kragle.stack(STACK)).blocks
  expect(before.slice(0, 2).map((block) => block.state)).toEqual([
    { text: 'Welcome to Kragle' },
    { text: 'Stacks are built from blocks.' },
  ])
  await editor.open('stacks', String(STACK))
  const ids = await editor.blockIds()
  expect(ids).toEqual(before.map((block) => String(block.id)))

  await editor.keyboardMove(ids[0] ?? '', 'down')

  await expect.poll(() => kragle.requests()).toHaveLength(1)
  const reordered = [before[1], before[0], ...before.slice(2)].map((block) => asEntry(block!))
  expect(await kragle.requests()).toEqual([
    { method: 'PUT', path: `/api/v1/blockstacks/${STACK}`, body: { blocks: reordered } },
  ])
  await editor.expectSaved()
  expect((await kragle.stack(STACK)).blocks.map(asEntry)).toEqual(reordered)
  expect(await editor.blockIds()).toEqual([ids[1], ids[0], ...ids.slice(2)])
})
