// BACKEND=tines: a flush that needs three PUTs fails on the second. The first stays applied, the
// editor resends only what did not land, and in the end the backend and the canvas agree with
// every change applied exactly once.
import { expect, test } from '../fixtures/tines-test'
import type { TinesBlock } from '../fixtures/tines-backend'

const CASE = 1
const TITLES = ['Summary', 'Email headers', 'Related cases']

test('a failure in the middle of a three-request flush ends with both sides agreeing', async ({
  editor,
  tines,
}) => {
  const before = await tines.blocks(CASE)
  const targets = TITLES.map((title) => {
    const block = before.find((b) => b.title === title)
    if (!block || block.hidden) throw new Error(`"${title}" must be a shown block of the seed`)
    return block
  })
  await editor.open('cases', String(CASE))
  // The first PUT lands, the second is refused, the rest go through.
  await tines.failNext(503, { afterRequests: 1 })

  // Three quick toggles: one flush of three single-block PUTs.
  for (const block of targets) {
    await editor.block(String(block.id)).getByRole('button', { name: 'Hide block' }).click()
  }

  await editor.expectSaved()
  const requests = await tines.requests()
  const paths = targets.map((b) => `/api/v2/cases/${CASE}/blocks/${b.id}`)
  // The refused write is the second of the first attempt; nothing before it was resent.
  expect(requests.map((r) => [r.path, r.injectedStatus ?? 200])).toEqual([
    [paths[0], 200],
    [paths[1], 503],
    [paths[1], 200],
    [paths[2], 200],
  ])
  const landed = await tines.landed()
  expect(landed.map((r) => r.body)).toEqual([{ hidden: true }, { hidden: true }, { hidden: true }])

  const after = await tines.blocks(CASE)
  const expected = before.map((b) => ({
    ...b,
    hidden: b.hidden || targets.some((t) => t.id === b.id),
  }))
  expect(summarise(after)).toEqual(summarise(expected))
  // The canvas shows what the backend holds: the same order (groups' children listed after
  // their group, as Tines lists them) and the same hidden blocks.
  const order = after.map((b) => String(b.id))
  expect(await editor.blockIds()).toEqual(order)
  for (const block of after) {
    const card = editor.page.locator(`li[data-block-id="${block.id}"] > .block-card`)
    if (block.hidden) await expect(card).toHaveAttribute('data-hidden', '')
    else await expect(card).not.toHaveAttribute('data-hidden')
  }
  await editor.page.reload()
  await expect(editor.blocks.first()).toBeVisible()
  expect(await editor.blockIds()).toEqual(order)
  const reloaded = editor.page.locator('li[data-block-id] > .block-card[data-hidden]')
  expect(
    await reloaded.evaluateAll((cards) => cards.map((c) => c.parentElement?.dataset.blockId)),
  ).toEqual(after.filter((b) => b.hidden).map((b) => String(b.id)))
})

const summarise = (blocks: TinesBlock[]) =>
  blocks.map((b) => [b.id, b.title, b.position, b.block_group_id, b.hidden])
