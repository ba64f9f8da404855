// BACKEND=tines: the answer to a palette insert's POST is lost after Tines stored the block (a
// gateway 504 with the write applied). Tines keeps no client id, so the adapter recognises the
// block it made by what and where it is; the retry must not create it a second time, and the
// editor and the backend end with exactly one new block, at the place of the insert.
import { expect, test } from '../fixtures/tines-test'

const CASE = 1

test('a palette insert whose answer is lost creates exactly one block', async ({
  editor,
  tines,
}) => {
  const before = await tines.blocks(CASE)
  const anchor = before.find((b) => b.title === 'Summary')
  if (!anchor || anchor.block_group_id !== null) throw new Error('the seed has no top "Summary"')
  await editor.open('cases', String(CASE))
  await tines.failNext(504, { applied: true })

  const shown = new Set(await editor.blockIds())
  await editor
    .block(String(anchor.id))
    .getByRole('button', { name: 'Add block', exact: true })
    .click()
  const palette = editor.page.getByRole('dialog', { name: 'Add block' })
  await palette.getByRole('combobox').fill('Note')
  await palette
    .getByRole('option', { name: /^Note\b/ })
    .first()
    .click()
  await expect(palette).toBeHidden()
  await expect(editor.blocks).toHaveCount(shown.size + 1)
  const clientId = (await editor.blockIds()).find((id) => !shown.has(id))
  if (!clientId) throw new Error('the palette inserted no block')

  await editor.save()
  await editor.expectSaved()

  // One POST, answered 504 after it landed; nothing posted again.
  const requests = await tines.requests()
  expect(requests.map((r) => [r.method, r.path, r.injectedStatus, r.applied])).toEqual([
    ['POST', `/api/v2/cases/${CASE}/blocks`, 504, true],
  ])
  const body = requests[0]?.body as { title?: unknown; block_type?: unknown }
  expect(body).toMatchObject({ title: 'New note', block_type: 'note' })

  const after = await tines.blocks(CASE)
  const added = after.filter((b) => !before.some((old) => old.id === b.id))
  expect(added.map((b) => [b.title, b.block_type, b.block_group_id])).toEqual([
    ['New note', 'note', null],
  ])
  const top = after.filter((b) => b.block_group_id === null)
  expect(top[top.findIndex((b) => b.id === anchor.id) + 1]?.id).toBe(added[0]?.id)

  // The editor shows one new block, where it was inserted, under the id it gave it.
  const ids = await editor.blockIds()
  expect(ids.filter((id) => !shown.has(id))).toEqual([clientId])
  expect(ids[ids.indexOf(String(anchor.id)) + 1]).toBe(clientId)
  // An edit of the new block reaches the block Tines made (the adopted id), not a new one.
  const title = await editor.field(clientId, 'Title')
  await title.fill('Adopted note')
  await editor.save()
  await editor.expectSaved()
  await expect
    .poll(async () => (await tines.landed()).map((r) => [r.method, r.path]))
    .toEqual([
      ['POST', `/api/v2/cases/${CASE}/blocks`],
      ['PUT', `/api/v2/cases/${CASE}/blocks/${added[0]?.id}`],
    ])
  expect((await tines.blocks(CASE)).filter((b) => b.title === 'Adopted note')).toHaveLength(1)

  // After a reload the editor reads the same blocks as the backend, the adopted one still under
  // the id the editor gave it (kept with the outbox, so a restored edit would find it).
  await editor.page.reload()
  await expect(editor.blocks.first()).toBeVisible()
  expect(await editor.blockIds()).toEqual(
    (await tines.blocks(CASE)).map((b) => (b.id === added[0]?.id ? clientId : String(b.id))),
  )
})
