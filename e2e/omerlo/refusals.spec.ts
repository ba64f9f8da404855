// BACKEND=omerlo: what the editor refuses before sending anything (a relation to the wrong kind of
// profile), and how it reports a key Omerlo refuses.
import { DEMO, OMERLO_API } from '../fixtures/omerlo-backend'
import { expect, test } from '../fixtures/omerlo-test'

const { festival, blocks, entries, people } = DEMO

test('a person dropped into a block of contents is shown refused and refused at the drop', async ({
  editor,
  omerlo,
}) => {
  await editor.open('events', festival)

  // The keyboard never offers that place; the pointer can aim at it, and it is drawn refused.
  await editor.pointerMove(entries.ada, entries.gettingThere, 'top', async () => {
    await expect(editor.page.locator('.drop-line--refused')).toBeVisible()
  })

  await expect(
    editor.page
      .locator('.notice-region')
      .getByText(
        'Could not move Ada Lovelace: “More to read” takes Content entry only; a Person entry cannot go there.',
      ),
  ).toBeVisible()
  const speakers = editor.page.getByRole('list', { name: 'Blocks in Speakers' })
  await expect(speakers.locator(`li[data-block-id="${entries.ada}"]`)).toBeVisible()
  await expect(editor.saveStatus).toHaveText('Saved')
  expect(await omerlo.requests()).toEqual([])
  expect(await omerlo.titles(festival, blocks.speakers)).toEqual(['Ada Lovelace', 'Grace Hopper'])
  expect(await omerlo.titles(festival, blocks.moreToRead)).toEqual(['Getting there'])
})

test('a block of people offers only person entries, picked from the people', async ({
  editor,
  omerlo,
}) => {
  await editor.open('events', festival)
  const speakers = editor.page.getByRole('list', { name: 'Blocks in Speakers' })
  await speakers
    .locator('xpath=..')
    .getByRole('button', { name: 'Add block', exact: true })
    .last()
    .click()
  const palette = editor.page.getByRole('dialog', { name: 'Add block' })
  await expect(palette.getByRole('option')).toHaveText([/^Person entry/])
  await palette.getByRole('option', { name: /^Person entry/ }).click()
  await expect(speakers.locator('li[data-block-id]')).toHaveCount(3)

  await editor.page.getByRole('button', { name: 'Choose from People' }).click()
  await editor.page
    .getByRole('list', { name: 'People to choose from' })
    .getByRole('button', { name: /Alan Turing/ })
    .click()

  await expect.poll(() => omerlo.requests()).toHaveLength(1)
  expect(await omerlo.requests()).toEqual([
    {
      method: 'PUT',
      path: `${OMERLO_API}/events/${festival}/blocks/${blocks.speakers}/entries`,
      body: [
        { id: entries.ada, content_id: null, relation_id: people.ada },
        { id: entries.grace, content_id: null, relation_id: people.grace },
        { content_id: null, relation_id: people.alan },
      ],
    },
  ])
  await editor.expectSaved()
  expect(await omerlo.titles(festival, blocks.speakers)).toEqual([
    'Ada Lovelace',
    'Grace Hopper',
    'Alan Turing',
  ])
})

test('a key Omerlo refuses is reported as such', async ({ editor, omerlo }) => {
  await omerlo.revokeKey()

  await editor.page.goto(`/edit/events/${festival}`)

  await expect(editor.page.getByRole('alert')).toContainText(
    'Omerlo refused the API key (check BACKEND_API_KEY)',
  )
})
