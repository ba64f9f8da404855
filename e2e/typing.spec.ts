// Typing coalesces: a burst of keystrokes in one field is one update, and rich text travels as
// `<key>_html`, exactly as Basker documents.
import { expect, test } from './fixtures/test'
import { findField } from './fixtures/demo'

const FORTY = 'Forty characters typed one key at a time'

test('typing 40 characters into a heading sends one update with the whole text', async ({
  editor,
  backend,
}) => {
  expect(FORTY).toHaveLength(40)
  const [home, schema] = await backend.homeWithSchema()
  const headings = home.blocks.filter((b) => b.type === 'heading')
  const { block, field } = findField(headings, schema, 'text')
  const original = String(block.value[field.key] ?? '')
  await editor.open('pages', 'home')

  const input = await editor.field(block.id, field.label)
  await input.click()
  await input.press('End')
  await input.pressSequentially(FORTY)
  await expect(input).toHaveValue(original + FORTY)

  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  await editor.expectSaved()
  const patches = await backend.blockPatches()
  expect(patches).toHaveLength(1)
  expect(patches[0]).toMatchObject({ draft: true, ifUpdatedAt: home.updatedAt })
  expect(patches[0]?.operations).toEqual([
    { op: 'update', blockId: block.id, value: { [field.key]: original + FORTY } },
  ])
  const saved = await backend.readRecord('pages', 'home')
  expect(saved.blocks.find((b) => b.id === block.id)?.value[field.key]).toBe(original + FORTY)
})

test('rich text is sent as <key>_html', async ({ editor, backend }) => {
  const [home, schema] = await backend.homeWithSchema()
  const { block, field } = findField(home.blocks, schema, 'richText')
  await editor.open('pages', 'home')

  const editable = await editor.field(block.id, field.label)
  await editable.click()
  await editable.press('ControlOrMeta+a')
  await editable.pressSequentially('Rich words')
  await editor.save()

  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  const [patch] = await backend.blockPatches()
  expect(patch?.operations).toEqual([
    { op: 'update', blockId: block.id, value: { [`${field.key}_html`]: '<p>Rich words</p>' } },
  ])
  const saved = await backend.readRecord('pages', 'home')
  const value = saved.blocks.find((b) => b.id === block.id)?.value ?? {}
  expect(value[`${field.key}_html`]).toBe('<p>Rich words</p>')
  expect(value).not.toHaveProperty(field.key)
})
