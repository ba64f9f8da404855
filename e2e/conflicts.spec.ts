// When the backend says no: a 409 (someone else wrote first) is rebased and retried so both
// changes land; a 422 holds the change it names (kept in the field, with the message) until the
// user edits or discards it, and everything else is saved.
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

const REFUSAL = {
  body: {
    error: 'ValidationError',
    message: 'An operation failed',
    errors: [
      { path: 'operations[0].value', message: 'Rejected by the test backend', code: 'invalid' },
    ],
  },
}

test('a 422 on a heading keeps the typed text with the message; the other edit is saved; editing it again saves it', async ({
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
  await backend.failNext(422, REFUSAL)
  await installClock(editor.page)
  await editor.open('pages', 'home')
  await holdAutosave(editor.page)

  await (await editor.field(a.block.id, a.field.label)).fill('Edit A')
  await (await editor.field(b.block.id, b.field.label)).fill('Edit B')
  await resumeAutosave(editor.page)
  await editor.save()

  await expect.poll(() => backend.blockPatches()).toHaveLength(2)
  const [rejected, resent] = await backend.blockPatches()
  expect(rejected?.operations).toHaveLength(2)
  const [failedOp, keptOp] = rejected?.operations ?? []
  expect(resent?.operations).toEqual([keptOp])
  expect(resent?.ifUpdatedAt).toBe(home.updatedAt)
  const failedId = failedOp && 'blockId' in failedOp ? failedOp.blockId : ''
  const refused = failedId === a.block.id ? a : b
  const kept = refused === a ? b : a
  const typed = refused === a ? 'Edit A' : 'Edit B'

  // The refused text stays in its field, the message is on its block and next to the field,
  // and the status counts it as not saved (never "Saved").
  const block = editor.block(refused.block.id)
  await expect(block.getByRole('alert')).toContainText('Rejected by the test backend')
  await expect(block.getByRole('button', { name: 'Discard change' })).toBeVisible()
  const field = await editor.field(refused.block.id, refused.field.label)
  await expect(field).toHaveValue(typed)
  await expect(editor.page.getByRole('list', { name: 'Fields not saved' })).toContainText(
    refused.field.label,
  )
  await expect(editor.saveStatus).toHaveText('1 change not saved')
  // The other edit is in the backend; the refused one is not, and is not resent on its own.
  let saved = await backend.readRecord('pages', 'home')
  expect(saved.blocks.find((x) => x.id === kept.block.id)?.value[kept.field.key]).toBe(
    kept === a ? 'Edit A' : 'Edit B',
  )
  expect(saved.blocks.find((x) => x.id === failedId)).toEqual(
    home.blocks.find((x) => x.id === failedId),
  )
  expect(await backend.blockPatches()).toHaveLength(2)

  // Editing it again replaces the refused change and sends it.
  await field.fill('Edit accepted')
  await editor.save()
  await editor.expectSaved()
  await expect(block.getByRole('alert')).toHaveCount(0)
  saved = await backend.readRecord('pages', 'home')
  expect(saved.blocks.find((x) => x.id === failedId)?.value[refused.field.key]).toBe(
    'Edit accepted',
  )
  const last = (await backend.blockPatches()).at(-1)
  expect(last?.operations).toEqual([
    { op: 'update', blockId: failedId, value: { [refused.field.key]: 'Edit accepted' } },
  ])
})

test('"Discard change" after a 422 restores the backend value and sends nothing', async ({
  editor,
  backend,
}) => {
  const [home, schema] = await backend.homeWithSchema()
  const { block, field } = findField(
    home.blocks.filter((b) => b.type === 'heading'),
    schema,
    'text',
  )
  await backend.failNext(422, REFUSAL)
  await editor.open('pages', 'home')
  const input = await editor.field(block.id, field.label)
  await input.fill('Refused words')
  await editor.save()
  const card = editor.block(block.id)
  await expect(card.getByRole('alert')).toContainText('Rejected by the test backend')
  await expect(editor.saveStatus).toHaveText('1 change not saved')
  await expect(input).toHaveValue('Refused words')

  await card.getByRole('button', { name: 'Discard change' }).click()
  await expect(input).toHaveValue(String(block.value[field.key] ?? ''))
  await editor.expectSaved()
  await expect(card.getByRole('alert')).toHaveCount(0)
  expect(await backend.blockPatches()).toHaveLength(1)
  const saved = await backend.readRecord('pages', 'home')
  expect(saved.blocks.find((x) => x.id === block.id)).toEqual(block)
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
  // The autosave sends it (one trigger: a click racing the idle timer would ask for a resend).
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
