// BACKEND=kragle: a stack's entries have no ids, so a reorder is saved by PUTting the whole
// blocks array, in the new order and otherwise exactly as Kragle holds it.
import { expect, test } from '../fixtures/kragle-test'

const STACK = 1

test('a keyboard move PUTs the whole blocks array in its new order', async ({ editor, kragle }) => {
  const before = (await kragle.stack(STACK)).blocks
  expect(before.slice(0, 2).map((entry) => entry[2].name)).toEqual(['Welcome', 'Intro'])
  await editor.open('stacks', String(STACK))
  const ids = await editor.blockIds()
  expect(ids).toHaveLength(before.length)

  await editor.keyboardMove(ids[0] ?? '', 'down')

  await expect.poll(() => kragle.requests()).toHaveLength(1)
  const reordered = [before[1], before[0], ...before.slice(2)]
  expect(await kragle.requests()).toEqual([
    { method: 'PUT', path: `/api/v1/blockstacks/${STACK}`, body: { blocks: reordered } },
  ])
  await editor.expectSaved()
  expect((await kragle.stack(STACK)).blocks).toEqual(reordered)
  // The entries keep the ids the editor gave them.
  expect(await editor.blockIds()).toEqual([ids[1], ids[0], ...ids.slice(2)])
})
