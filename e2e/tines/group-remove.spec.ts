// BACKEND=tines: removing a group that holds blocks asks first (a modal naming how many blocks
// go); Escape cancels with nothing sent, confirming sends one DELETE that takes the children.
import { expect, test } from '../fixtures/tines-test'

const CASE = 1

test('removing a group with children asks first; Escape cancels, confirm deletes', async ({
  editor,
  tines,
}) => {
  const group = await tines.block(CASE, 'Investigation')
  const children = (await tines.blocks(CASE)).filter((b) => b.block_group_id === group.id)
  expect(children).toHaveLength(3)
  await editor.open('cases', String(CASE))
  const remove = editor
    .block(String(group.id))
    .locator('> .block-card > .block-card__header')
    .getByRole('button', { name: 'Remove block' })

  await remove.click()
  const dialog = editor.page.getByRole('alertdialog', { name: 'Remove Investigation?' })
  await expect(dialog).toContainText('This removes 4 blocks')
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await editor.page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(remove).toBeFocused()
  await editor.save()
  await editor.expectSaved()
  expect(await tines.requests()).toEqual([])

  await remove.click()
  await dialog.getByRole('button', { name: 'Remove 4 blocks' }).click()
  await expect(editor.block(String(group.id))).toHaveCount(0)
  await expect.poll(() => tines.requests()).toHaveLength(1)
  expect(await tines.requests()).toEqual([
    {
      method: 'DELETE',
      path: `/api/v2/cases/${CASE}/blocks/${group.id}?include_children=true`,
      body: null,
    },
  ])
  const left = (await tines.blocks(CASE)).map((b) => b.id)
  for (const gone of [group, ...children]) expect(left).not.toContain(gone.id)
})

test('hiding a block sends one PUT and dims it', async ({ editor, tines }) => {
  const summary = await tines.block(CASE, 'Summary')
  await editor.open('cases', String(CASE))
  const card = editor.page.locator(`li[data-block-id="${summary.id}"] > .block-card`)
  await expect(card).not.toHaveAttribute('data-hidden')

  await editor.block(String(summary.id)).getByRole('button', { name: 'Hide block' }).click()

  await expect(card).toHaveAttribute('data-hidden', '')
  // Announced in the notices' live region (other hidden blocks also carry a "Hidden" badge).
  const notices = editor.page.locator('.notice-region')
  await expect(notices.getByText('Hidden', { exact: true })).toBeAttached()
  await expect.poll(() => tines.requests()).toHaveLength(1)
  expect((await tines.requests())[0]).toMatchObject({
    method: 'PUT',
    path: `/api/v2/cases/${CASE}/blocks/${summary.id}`,
    body: { hidden: true },
  })
  await expect(
    editor.block(String(summary.id)).getByRole('button', { name: 'Show block' }),
  ).toBeVisible()
})
