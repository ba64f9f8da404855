// When the backend says no: a 409 (someone else wrote first) is rebased and retried so both
// changes land; a 422 is shown and loses nothing but the operation it names.
import { expect, test } from './fixtures/test'
import { findField } from './fixtures/demo'
import { holdAutosave, installClock, resumeAutosave } from './fixtures/hold-autosave'

test('an edit made by another client between read and write: both changes end in the backend', async ({
  editor,
  backend,
}) => {
  const [home, schema] = await backend.homeWithSchema()
  const mine = findField(
    home.blocks.filter((b) => b.type === 'heading'),
    schema,
    'text',
  )
  const theirs = findField(
    home.blocks.filter((b) => b.id !== mine.block.id),
    schema,
    'text',
  )
  await editor.open('pages', 'home')

  const theirOp = {
    op: 'update' as const,
    blockId: theirs.block.id,
    value: { [theirs.field.key]: 'Written elsewhere' },
  }
  expect(await backend.patchBlocks('pages', 'home', [theirOp], home.updatedAt)).toBe(200)
  const afterTheirs = await backend.readRecord('pages', 'home')

  const input = await editor.field(mine.block.id, mine.field.label)
  await input.fill('Written here')
  await editor.save()

  // Theirs, then mine on the stale version (409), then mine again on the version it re-read.
  await expect.poll(() => backend.blockPatches()).toHaveLength(3)
  await editor.expectSaved()
  const patches = await backend.blockPatches()
  const myOp = { op: 'update', blockId: mine.block.id, value: { [mine.field.key]: 'Written here' } }
  expect(patches.map((p) => ({ ifUpdatedAt: p.ifUpdatedAt, operations: p.operations }))).toEqual([
    { ifUpdatedAt: home.updatedAt, operations: [theirOp] },
    { ifUpdatedAt: home.updatedAt, operations: [myOp] },
    { ifUpdatedAt: afterTheirs.updatedAt, operations: [myOp] },
  ])
  expect(patches.every((p) => p.draft === true)).toBe(true)

  const saved = await backend.readRecord('pages', 'home')
  const value = (id: string) => saved.blocks.find((b) => b.id === id)?.value ?? {}
  expect(value(theirs.block.id)[theirs.field.key]).toBe('Written elsewhere')
  expect(value(mine.block.id)[mine.field.key]).toBe('Written here')
  await expect(await editor.field(theirs.block.id, theirs.field.label)).toHaveValue(
    'Written elsewhere',
  )
})

test('a 422 naming one operation is shown on the page and the other edits are still saved', async ({
  editor,
  backend,
}) => {
  const [home, schema] = await backend.homeWithSchema()
  const headings = home.blocks.filter((b) => b.type === 'heading')
  const a = findField(headings, schema, 'text')
  const b = findField(
    headings.filter((h) => h.id !== a.block.id),
    schema,
    'text',
  )
  await backend.failNext(422, {
    body: {
      error: 'ValidationError',
      message: 'An operation failed',
      errors: [
        { path: 'operations[0].value', message: 'Rejected by the test backend', code: 'invalid' },
      ],
    },
  })
  await installClock(editor.page)
  await editor.open('pages', 'home')
  await holdAutosave(editor.page)

  await (await editor.field(a.block.id, a.field.label)).fill('Edit A')
  await (await editor.field(b.block.id, b.field.label)).fill('Edit B')
  await resumeAutosave(editor.page)
  await editor.save()

  await expect(editor.page.getByText('Rejected by the test backend')).toBeVisible()
  await expect.poll(() => backend.blockPatches()).toHaveLength(2)
  await editor.expectSaved()
  const [rejected, resent] = await backend.blockPatches()
  expect(rejected?.operations).toHaveLength(2)
  const [failedOp, keptOp] = rejected?.operations ?? []
  expect(resent?.operations).toEqual([keptOp])
  expect(resent?.ifUpdatedAt).toBe(home.updatedAt)

  // The kept edit is in the backend; the rejected one is not, and nothing else changed.
  const saved = await backend.readRecord('pages', 'home')
  const keptId = keptOp && 'blockId' in keptOp ? keptOp.blockId : ''
  const failedId = failedOp && 'blockId' in failedOp ? failedOp.blockId : ''
  const kept = keptId === a.block.id ? a : b
  expect(saved.blocks.find((x) => x.id === keptId)?.value[kept.field.key]).toBe(
    kept === a ? 'Edit A' : 'Edit B',
  )
  expect(saved.blocks.find((x) => x.id === failedId)).toEqual(
    home.blocks.find((x) => x.id === failedId),
  )
})

test('a 422 the editor cannot pin on one operation keeps every edit for the next save', async ({
  editor,
  backend,
}) => {
  const [home, schema] = await backend.homeWithSchema()
  const { block, field } = findField(home.blocks, schema, 'text')
  await backend.failNext(422, { body: { error: 'ValidationError', message: 'Try again later' } })
  await editor.open('pages', 'home')

  const input = await editor.field(block.id, field.label)
  await input.fill('Kept through a 422')
  await editor.save()
  await expect(editor.saveStatus).toHaveText('Error: not saved')
  await expect(editor.page.getByText(/Try again later/)).toBeVisible()
  // Shown and kept, not resent on its own: the same 422 would come back in a loop.
  expect(await backend.blockPatches()).toHaveLength(1)
  await expect(input).toHaveValue('Kept through a 422')

  await editor.save()
  await expect.poll(() => backend.blockPatches()).toHaveLength(2)
  await editor.expectSaved()
  const patches = await backend.blockPatches()
  expect(patches[1]?.operations).toEqual(patches[0]?.operations)
  expect(patches[1]?.operations).toEqual([
    { op: 'update', blockId: block.id, value: { [field.key]: 'Kept through a 422' } },
  ])
  const saved = await backend.readRecord('pages', 'home')
  expect(saved.blocks.find((b) => b.id === block.id)?.value[field.key]).toBe('Kept through a 422')
})
