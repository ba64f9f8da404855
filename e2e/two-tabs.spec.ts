// Two tabs on one record: they take turns writing, each sees what the other saved, and both
// end showing exactly what the backend holds.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/test'
import { findField } from './fixtures/demo'
import { EditorPage } from './fixtures/editor-page'
import { holdAutosave, installClock, resumeAutosave } from './fixtures/hold-autosave'

async function fieldValue(editor: EditorPage, blockId: string, label: string): Promise<string> {
  return (await editor.field(blockId, label)).inputValue()
}

test('two tabs editing different blocks of one record end equal to the backend', async ({
  page,
  editor: first,
  backend,
}) => {
  const [home, schema] = await backend.homeWithSchema()
  const a = findField(home.blocks, schema, 'text')
  const b = findField(
    home.blocks.filter((block) => block.id !== a.block.id),
    schema,
    'text',
  )
  const otherTab: Page = await page.context().newPage()
  const second = new EditorPage(otherTab)
  await installClock(first.page)
  await installClock(otherTab)
  await first.open('pages', 'home')
  await second.open('pages', 'home')
  await holdAutosave(first.page)
  await holdAutosave(otherTab)

  // Both type before either has saved: the second writer must rebase, not overwrite.
  await (await first.field(a.block.id, a.field.label)).fill('Typed in the first tab')
  await (await second.field(b.block.id, b.field.label)).fill('Typed in the second tab')
  const copied = home.blocks.find((block) => block.id !== a.block.id && block.id !== b.block.id)
  if (!copied) throw new Error('the seed needs three blocks')
  await second.block(copied.id).getByRole('button', { name: 'Duplicate block' }).click()
  // The premise: nothing was written while both tabs worked.
  expect(await backend.blockPatches()).toEqual([])
  await resumeAutosave(first.page)
  await resumeAutosave(otherTab)

  await expect
    .poll(async () => (await backend.readRecord('pages', 'home')).blocks.length)
    .toBe(home.blocks.length + 1)
  await first.expectSaved()
  await second.expectSaved()
  const saved = await backend.readRecord('pages', 'home')
  const value = (id: string, key: string) => saved.blocks.find((x) => x.id === id)?.value[key]
  expect(value(a.block.id, a.field.key)).toBe('Typed in the first tab')
  expect(value(b.block.id, b.field.key)).toBe('Typed in the second tab')

  for (const tab of [first, second]) {
    // Each tab shows the other's edits, in the backend's order, without a reload.
    await expect.poll(() => tab.blockIds()).toEqual(saved.blocks.map((x) => x.id))
    await expect
      .poll(() => fieldValue(tab, a.block.id, a.field.label))
      .toBe('Typed in the first tab')
    await expect
      .poll(() => fieldValue(tab, b.block.id, b.field.label))
      .toBe('Typed in the second tab')
  }
  // Nothing was lost or doubled. Both tabs share the context's clock, so both flush at once and
  // one of them may be answered 409 and resend after rebasing: the duplicate may be sent twice,
  // but it is one block (one id) and the backend holds it once.
  const patches = await backend.blockPatches()
  const inserts = patches.flatMap((p) => p.operations).filter((op) => op.op === 'insertAfter')
  const insertedIds = new Set(inserts.map((op) => (op.op === 'insertAfter' ? op.block.id : '')))
  expect(insertedIds.size).toBe(1)
  const [insertedId] = [...insertedIds]
  expect(saved.blocks.filter((block) => block.id === insertedId)).toHaveLength(1)
  expect(patches.flatMap((p) => p.operations).filter((op) => op.op === 'insertBefore')).toEqual([])
})
