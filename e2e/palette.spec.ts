// Inserting and removing blocks: an insert followed by edits travels as one insert carrying the
// edited values; a removal is one remove.
import { expect, test } from './fixtures/test'
import { ids } from './fixtures/demo'
import { holdAutosave, installClock, resumeAutosave } from './fixtures/hold-autosave'

test('a block added from the palette and then edited is sent as one insert', async ({
  editor,
  backend,
}) => {
  const [home, schema] = await backend.homeWithSchema()
  const heading = schema.find((t) => t.type === 'heading')
  const textField = heading?.fields.find((f) => f.type === 'text')
  if (!heading || !textField) throw new Error('the demo schema needs a heading type')
  const [anchor] = ids(home.blocks)
  if (!anchor) throw new Error('the home page has no blocks')
  await installClock(editor.page)
  await editor.open('pages', 'home')
  await holdAutosave(editor.page)

  await editor.block(anchor).getByRole('button', { name: 'Add block', exact: true }).click()
  const palette = editor.page.getByRole('dialog', { name: 'Add block' })
  await expect(palette).toBeVisible()
  await palette.getByRole('combobox').fill(heading.label)
  await palette.getByRole('option', { name: new RegExp(`^${heading.label}\\b`) }).click()
  await expect(palette).toBeHidden()

  await expect(editor.blocks).toHaveCount(home.blocks.length + 1)
  const after = await editor.blockIds()
  const inserted = after[1]
  if (!inserted) throw new Error('no block was inserted')
  expect(after).toEqual([anchor, inserted, ...ids(home.blocks).slice(1)])
  const input = await editor.field(inserted, textField.label)
  await input.fill('Added from the palette')
  await resumeAutosave(editor.page)
  await editor.save()

  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  await editor.expectSaved()
  const [patch] = await backend.blockPatches()
  expect(patch?.operations).toHaveLength(1)
  expect(patch?.operations[0]).toMatchObject({
    op: 'insertAfter',
    blockId: anchor,
    block: {
      id: inserted,
      type: heading.type,
      value: { [textField.key]: 'Added from the palette' },
    },
  })
  const saved = await backend.readRecord('pages', 'home')
  expect(ids(saved.blocks)).toEqual(after)
})

test('removing a block sends one remove naming it', async ({ editor, backend }) => {
  const home = await backend.readRecord('pages', 'home')
  const order = ids(home.blocks)
  const removed = order[2]
  if (!removed) throw new Error('the home page needs three blocks')
  await editor.open('pages', 'home')

  await editor.block(removed).getByRole('button', { name: 'Remove block', exact: true }).click()
  await expect(editor.block(removed)).toHaveCount(0)
  await editor.save()

  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  const [patch] = await backend.blockPatches()
  expect(patch?.operations).toEqual([{ op: 'remove', blockId: removed }])
  expect(ids((await backend.readRecord('pages', 'home')).blocks)).toEqual(
    order.filter((id) => id !== removed),
  )
})
