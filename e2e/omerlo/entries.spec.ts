// BACKEND=omerlo: entries are the children of blocks, and every change of an entries array is one
// PUT of exactly the resulting array; a change of the block list is one blocks PUT.
import { DEMO, OMERLO_API } from '../fixtures/omerlo-backend'
import { expect, test } from '../fixtures/omerlo-test'

const { festival, blocks, entries, contents } = DEMO
const blocksPath = `${OMERLO_API}/events/${festival}/blocks`

test('dragging an entry to another block sends exactly two entries PUTs', async ({
  editor,
  omerlo,
}) => {
  await editor.open('events', festival)

  // Only the places that take a content entry are offered: before and after "Getting there" in
  // More to read (Speakers holds people, the top level holds no entries).
  await editor.keyboardMove(entries.programme, 'down', 2)

  await expect.poll(() => omerlo.requests()).toHaveLength(2)
  expect(await omerlo.requests()).toEqual([
    {
      method: 'PUT',
      path: `${blocksPath}/${blocks.moreToRead}/entries`,
      body: [
        { id: entries.gettingThere, content_id: contents.gettingThere, relation_id: null },
        { content_id: contents.programme, relation_id: null },
      ],
    },
    {
      method: 'PUT',
      path: `${blocksPath}/${blocks.featured}/entries`,
      body: [{ id: entries.welcome, content_id: contents.welcome, relation_id: null }],
    },
  ])
  await editor.expectSaved()
  expect(await omerlo.titles(festival, blocks.moreToRead)).toEqual([
    'Getting there',
    'Programme highlights',
  ])
  expect(await omerlo.titles(festival, blocks.featured)).toEqual(['Welcome to the festival'])
  const moreToRead = editor.page.getByRole('list', { name: 'Blocks in More to read' })
  await expect(moreToRead.locator('li[data-block-id]')).toHaveCount(2)
  await expect(moreToRead.locator('li[data-block-id]').last()).toHaveAttribute(
    'data-block-id',
    entries.programme,
  )
})

test('reordering blocks sends one blocks PUT with the new order', async ({ editor, omerlo }) => {
  await editor.open('events', festival)

  // A block is offered no place among the entries: one step is the place after Speakers.
  await editor.keyboardMove(blocks.featured, 'down')

  await expect.poll(() => omerlo.requests()).toHaveLength(1)
  const [put] = await omerlo.requests()
  expect(put?.method).toBe('PUT')
  expect(put?.path).toBe(blocksPath)
  expect((put?.body as { id: string }[]).map((b) => b.id)).toEqual([
    blocks.speakers,
    blocks.featured,
    blocks.moreToRead,
    blocks.partners,
  ])
  await editor.expectSaved()
  expect(await omerlo.blockIds(festival)).toEqual([
    blocks.speakers,
    blocks.featured,
    blocks.moreToRead,
    blocks.partners,
  ])
  expect(await omerlo.titles(festival, blocks.featured)).toEqual([
    'Welcome to the festival',
    'Programme highlights',
  ])
})

test('an entry added elsewhere between read and write survives the save', async ({
  editor,
  omerlo,
}) => {
  await editor.open('events', festival)
  // Another client adds an entry to Featured after the editor read it.
  const added = await omerlo.putEntries(festival, blocks.featured, [
    { id: entries.welcome, content_id: contents.welcome },
    { id: entries.programme, content_id: contents.programme },
    { content_id: contents.volunteers },
  ])
  const theirs = added[2]?.id
  await omerlo.clearRequests()

  await editor.keyboardMove(entries.programme, 'down', 2)

  // The first attempt sees Featured changed and writes nothing; the rebased one keeps theirs.
  await editor.expectSaved()
  expect(await omerlo.requests()).toEqual([
    {
      method: 'PUT',
      path: `${blocksPath}/${blocks.moreToRead}/entries`,
      body: [
        { id: entries.gettingThere, content_id: contents.gettingThere, relation_id: null },
        { content_id: contents.programme, relation_id: null },
      ],
    },
    {
      method: 'PUT',
      path: `${blocksPath}/${blocks.featured}/entries`,
      body: [
        { id: entries.welcome, content_id: contents.welcome, relation_id: null },
        { id: theirs, content_id: contents.volunteers, relation_id: null },
      ],
    },
  ])
  expect(await omerlo.titles(festival, blocks.featured)).toEqual([
    'Welcome to the festival',
    'Call for volunteers',
  ])
  await expect(editor.block(theirs ?? '')).toBeVisible()
})
