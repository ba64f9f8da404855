// What every write looks like on the wire, and that what was saved is what a reload shows.
import { expect, test } from './fixtures/test'
import { findField, ids } from './fixtures/demo'

test('every PATCH carries draft: true and the ifUpdatedAt the editor last read', async ({
  editor,
  backend,
}) => {
  const [home, schema] = await backend.homeWithSchema()
  const headings = home.blocks.filter((b) => b.type === 'heading')
  const { block, field } = findField(headings, schema, 'text')
  await editor.open('pages', 'home')
  const input = await editor.field(block.id, field.label)

  await input.fill('First save')
  await editor.save()
  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  await editor.expectSaved()
  const afterFirst = await backend.readRecord('pages', 'home')
  expect(afterFirst.updatedAt).not.toBe(home.updatedAt)

  await input.fill('Second save')
  await editor.save()
  await expect.poll(() => backend.blockPatches()).toHaveLength(2)
  await editor.expectSaved()

  const patches = await backend.blockPatches()
  expect(patches.map((p) => p.path)).toEqual([
    expect.stringMatching(/\/pages\/home\/blocks$/),
    expect.stringMatching(/\/pages\/home\/blocks$/),
  ])
  expect(patches.map((p) => ({ draft: p.draft, ifUpdatedAt: p.ifUpdatedAt }))).toEqual([
    { draft: true, ifUpdatedAt: home.updatedAt },
    { draft: true, ifUpdatedAt: afterFirst.updatedAt },
  ])
  expect(patches.map((p) => p.operations)).toEqual([
    [{ op: 'update', blockId: block.id, value: { [field.key]: 'First save' } }],
    [{ op: 'update', blockId: block.id, value: { [field.key]: 'Second save' } }],
  ])
})

test('a reload after saving shows the saved edits', async ({ page, editor, backend }) => {
  const [home, schema] = await backend.homeWithSchema()
  const { block, field } = findField(home.blocks, schema, 'text')
  const order = ids(home.blocks)
  const [first, second, ...rest] = order
  if (!first || !second) throw new Error('the home page needs two blocks')
  await editor.open('pages', 'home')

  const input = await editor.field(block.id, field.label)
  await input.fill('Saved before the reload')
  await editor.keyboardMove(first, 'down')
  await expect.poll(() => editor.blockIds()).toEqual([second, first, ...rest])
  await editor.save()
  // One patch or two (the autosave may send the text before the move on a slow machine): what
  // this test is about is that everything saved comes back after the reload.
  await expect
    .poll(async () => ids((await backend.readRecord('pages', 'home')).blocks))
    .toEqual([second, first, ...rest])
  await editor.expectSaved()

  await page.reload()
  await expect(editor.blocks).toHaveCount(order.length)
  expect(await editor.blockIds()).toEqual([second, first, ...rest])
  await expect(await editor.field(block.id, field.label)).toHaveValue('Saved before the reload')
  const saved = await backend.readRecord('pages', 'home')
  expect(ids(saved.blocks)).toEqual([second, first, ...rest])
  expect(saved.blocks.find((b) => b.id === block.id)?.value[field.key]).toBe(
    'Saved before the reload',
  )
})
