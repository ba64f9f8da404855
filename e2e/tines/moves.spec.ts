// BACKEND=tines: one keyboard drop is one PUT with the block's new position, counted within its
// container; a drop into a block group also names the group.
import { expect, test } from '../fixtures/tines-test'

const CASE = 1

test('a keyboard move sends one PUT with the new position', async ({ editor, tines }) => {
  const summary = await tines.block(CASE, 'Summary')
  const headers = await tines.block(CASE, 'Email headers')
  expect([summary.position, headers.position]).toEqual([0, 1])
  await editor.open('cases', String(CASE))

  await editor.keyboardMove(String(summary.id), 'down')

  await expect.poll(() => tines.requests()).toHaveLength(1)
  expect(await tines.requests()).toEqual([
    {
      method: 'PUT',
      path: `/api/v2/cases/${CASE}/blocks/${summary.id}`,
      body: { position: 1 },
    },
  ])
  await editor.expectSaved()
  const after = await tines.blocks(CASE)
  expect(after.slice(0, 2).map((b) => [b.title, b.position])).toEqual([
    ['Email headers', 0],
    ['Summary', 1],
  ])
  expect((await editor.blockIds()).slice(0, 2)).toEqual([String(headers.id), String(summary.id)])
})

test('moving a block into a group sets block_group_id', async ({ editor, tines }) => {
  const attachments = await tines.block(CASE, 'Attachments')
  const group = await tines.block(CASE, 'Investigation')
  expect(attachments.block_group_id).toBeNull()
  await editor.open('cases', String(CASE))

  // The slot after Attachments' own is the first one inside the group below it.
  await editor.keyboardMove(String(attachments.id), 'down')

  await expect.poll(() => tines.requests()).toHaveLength(1)
  const [put] = await tines.requests()
  expect(put).toEqual({
    method: 'PUT',
    path: `/api/v2/cases/${CASE}/blocks/${attachments.id}`,
    body: { position: 0, block_group_id: group.id },
  })
  await editor.expectSaved()
  const moved = await tines.block(CASE, 'Attachments')
  expect([moved.block_group_id, moved.position]).toEqual([group.id, 0])
  const inGroup = editor.page.getByRole('list', { name: 'Blocks in Investigation' })
  await expect(inGroup.locator('li[data-block-id]').first()).toHaveAttribute(
    'data-block-id',
    String(attachments.id),
  )
})
