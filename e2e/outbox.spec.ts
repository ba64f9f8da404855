// The durable outbox: edits that could not be saved survive a reload, come back at once and are
// saved exactly once.
import { expect, test } from './fixtures/test'
import { findField } from './fixtures/demo'
import { blockWrites, keptOperations } from './fixtures/outbox'

test('reloading in the middle of unsaved edits loses nothing and applies nothing twice', async ({
  page,
  editor,
  backend,
}) => {
  const [home, schema] = await backend.homeWithSchema()
  const { block, field } = findField(home.blocks, schema, 'text')
  const copied = home.blocks.find((b) => b.id !== block.id)
  if (!copied) throw new Error('the seed needs two blocks')
  const unblock = await blockWrites(page)
  await editor.open('pages', 'home')

  const input = await editor.field(block.id, field.label)
  await input.fill('Kept across the reload')
  await editor.block(copied.id).getByRole('button', { name: 'Duplicate block' }).click()
  await expect(editor.blocks).toHaveCount(home.blocks.length + 1)
  await expect.poll(() => keptOperations(page)).toBe(2)

  await page.reload()
  await expect(page.getByText('Restored 2 unsaved changes from your last session')).toBeVisible()
  await expect(editor.blocks).toHaveCount(home.blocks.length + 1)
  await expect(await editor.field(block.id, field.label)).toHaveValue('Kept across the reload')
  // Still offline: nothing reached the backend, and the edits are kept for the next attempt.
  await expect(editor.saveStatus).toHaveText('Offline — 2 changes kept on this device')
  expect(await backend.blockPatches()).toEqual([])
  expect(await keptOperations(page)).toBe(2)

  await unblock()
  await editor.save()
  await editor.expectSaved()
  const saved = await backend.readRecord('pages', 'home')
  expect(saved.blocks).toHaveLength(home.blocks.length + 1)
  expect(saved.blocks.find((b) => b.id === block.id)?.value[field.key]).toBe(
    'Kept across the reload',
  )
  expect(saved.blocks.map((b) => b.id)).toEqual(await editor.blockIds())
  const patches = await backend.blockPatches()
  expect(patches).toHaveLength(1)
  expect(patches[0]?.ifUpdatedAt).toBe(home.updatedAt)
  await expect.poll(() => keptOperations(page)).toBe(0)

  // Reloading once more restores nothing: the outbox was cleared when the save was confirmed.
  await page.reload()
  await expect(editor.blocks).toHaveCount(home.blocks.length + 1)
  await editor.expectSaved()
  await expect(page.getByText(/Restored \d+ unsaved/)).toHaveCount(0)
  expect(await backend.blockPatches()).toHaveLength(1)
})
