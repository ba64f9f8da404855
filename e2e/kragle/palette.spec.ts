// BACKEND=kragle: the stack editor's palette is the block library. A type created in the library
// can be inserted into a stack, starting from its definition's initial_state, and the insert is
// saved as the whole blocks array with the new entry in place.
import { expect, test } from '../fixtures/kragle-test'
import { asEntry } from '../fixtures/kragle-backend'

const STACK = 2

test('a type from the library is inserted and saved in the blocks array', async ({
  editor,
  kragle,
}) => {
  const definition = {
    io: { input: {}, output: {} },
    actions: [{ action: 'render', action_params: {} }],
    state: { title: 'string' },
    initial_state: { title: 'Hello' },
  }
  await kragle.createType('hero-banner', definition)
  await kragle.clearRequests()
  const before = (await kragle.stack(STACK)).blocks.map(asEntry)
  await editor.open('stacks', String(STACK))
  const [anchor] = await editor.blockIds()

  await editor
    .block(anchor ?? '')
    .getByRole('button', { name: 'Add block', exact: true })
    .click()
  const palette = editor.page.getByRole('dialog', { name: 'Add block' })
  await palette.getByRole('combobox').fill('hero')
  await palette.getByRole('option', { name: /^hero-banner\b/ }).click()
  await expect(palette).toBeHidden()
  await editor.save()

  await expect.poll(() => kragle.requests()).toHaveLength(1)
  const blocks = [
    before[0],
    ['hero-banner', null, { state: { title: 'Hello' } }],
    ...before.slice(1),
  ]
  expect(await kragle.requests()).toEqual([
    { method: 'PUT', path: `/api/v1/blockstacks/${STACK}`, body: { blocks } },
  ])
  await editor.expectSaved()
  expect((await kragle.stack(STACK)).blocks.map(asEntry)).toEqual(blocks)
})
