// BACKEND=kragle: a block's state is free-form JSON; its words are edited where the canvas draws
// them (the heading block's text as a heading), and the edit is saved as the whole blocks array
// with only that block's state changed, every other key of the state kept.
import { expect, test } from '../fixtures/kragle-test'
import { asEntry } from '../fixtures/kragle-backend'

const STACK = 1

test("a heading block's text typed in place is saved as its new state", async ({
  editor,
  kragle,
}) => {
  const before = (await kragle.stack(STACK)).blocks
  await editor.open('stacks', String(STACK))
  const [first] = await editor.blockIds()
  const card = editor.block(first ?? '')
  await expect(card.getByRole('heading', { name: 'Welcome to Kragle' })).toBeVisible()
  await editor.select(first ?? '')
  const text = card.getByRole('textbox', { name: 'Text', exact: true })
  await expect(text).toHaveValue('Welcome to Kragle')
  await text.fill('Welcome aboard')

  await expect.poll(() => kragle.requests()).toHaveLength(1)
  const edited = before.map((block, i) =>
    asEntry(
      i === 0 ? { ...block, state: { ...(block.state as object), text: 'Welcome aboard' } } : block,
    ),
  )
  expect(await kragle.requests()).toEqual([
    { method: 'PUT', path: `/api/v1/blockstacks/${STACK}`, body: { blocks: edited } },
  ])
  await editor.expectSaved()
  expect((await kragle.stack(STACK)).blocks.map(asEntry)).toEqual(edited)
  await expect(editor.page.getByRole('treeitem', { name: /Welcome aboard/ })).toHaveCount(1)
})
