// Undo is a new edit: after a save it is flushed like any other change and restores the
// backend's earlier state.
import { expect, test } from './fixtures/test'
import { findField } from './fixtures/demo'

test('undo after a save restores the backend to what it held before', async ({
  editor,
  backend,
}) => {
  const [home, schema] = await backend.homeWithSchema()
  const { block, field } = findField(home.blocks, schema, 'text')
  const original = block.value[field.key]
  await editor.open('pages', 'home')

  const input = await editor.field(block.id, field.label)
  await input.fill('To be undone')
  await editor.save()
  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  await editor.expectSaved()

  await editor.button('Undo').click()
  await expect(input).toHaveValue(String(original))
  await editor.save()
  await expect.poll(() => backend.blockPatches()).toHaveLength(2)
  await editor.expectSaved()

  const [, undo] = await backend.blockPatches()
  expect(undo?.operations).toEqual([
    { op: 'update', blockId: block.id, value: { [field.key]: original } },
  ])
  const restored = await backend.readRecord('pages', 'home')
  expect(restored.blocks).toEqual(home.blocks)

  await editor.button('Redo').click()
  await expect(input).toHaveValue('To be undone')
})
