// BACKEND=kragle: the block library. A definition is checked as it is typed and again by Kragle
// (/validate/blocktypes) before anything is created; every refusal is a plain sentence and
// nothing is stored. Remote definitions are read only from allowed hosts (none by default).
import { expect, test } from '../fixtures/kragle-test'

const VALID = {
  io: { input: { title: 'string' }, output: { html: 'string' } },
  actions: [{ action: 'render', action_params: {} }],
  state: { title: 'string' },
  initial_state: { title: 'Hello' },
}

test('a broken definition is explained while typing and never sent', async ({
  library,
  kragle,
}) => {
  await library.startNew()
  await library.name.fill('broken-card')
  await library.definition.fill('{"io": {"input": {}}, "actions": [{"action": ""}]}')

  await expect(library.problems.getByRole('listitem')).toHaveText([
    'io.output: io.output is missing',
    'actions[0].action: action must not be empty',
    'state: state is missing',
    'initial_state: initial_state is missing',
  ])
  await library.create()
  await expect(library.error).toContainText(
    'Fix the problems above first: nothing was sent to Kragle.',
  )
  await expect(library.page.getByRole('button', { name: 'Create block type' })).toBeEnabled()
  expect(await kragle.requests()).toEqual([])
  expect(await kragle.blockType('broken-card')).toEqual({
    code: 6,
    msg: 'No block type "broken-card".',
  })
})

test('Kragle refuses a taken name at validation, before anything is stored', async ({
  library,
  kragle,
}) => {
  await library.startNew()
  await library.name.fill('heading')
  await library.definition.fill(JSON.stringify(VALID, null, 2))
  await expect(library.page.getByText('The definition has the structure of a block.')).toBeVisible()

  await library.create()

  await expect(library.error).toContainText('A block type with this name already exists.')
  await expect(library.error).toContainText(
    'Kragle said: A block type named "heading" already exists.',
  )
  expect(await kragle.requests()).toEqual([
    {
      method: 'POST',
      path: '/api/v1/validate/blocktypes',
      body: { name: 'heading', definition: VALID, is_remote: false, needs_approval: false },
    },
  ])
})

test('a valid type is validated, then created, then shown', async ({ library, kragle }) => {
  await library.startNew()
  await library.name.fill('hero-banner')
  await library.definition.fill(JSON.stringify(VALID))
  await library.create()

  await expect(library.page.getByRole('heading', { name: 'hero-banner', level: 1 })).toBeVisible()
  const body = { name: 'hero-banner', definition: VALID, is_remote: false, needs_approval: false }
  expect(await kragle.requests()).toEqual([
    { method: 'POST', path: '/api/v1/validate/blocktypes', body },
    { method: 'POST', path: '/api/v1/blocktypes', body },
  ])
  expect(await kragle.blockType('hero-banner')).toMatchObject({
    definition: VALID,
    is_approved: false,
  })
})

test('a remote definition from a host not on the allow-list is refused', async ({
  library,
  kragle,
}) => {
  await library.startNew()
  await library.name.fill('remote-card')
  await library.page.getByLabel('The definition is remote (a URL Kragle reads it from)').check()
  await library.page.getByLabel('Definition URL').fill('https://blocks.example.net/card.json')

  await library.create()

  await expect(library.error).toContainText('The remote definition could not be read as JSON.')
  await expect(library.error).toContainText(
    'Kragle said: Remote definitions are only read from allowed hosts; blocks.example.net is not one of them.',
  )
  expect(await kragle.requests()).toEqual([
    {
      method: 'POST',
      path: '/api/v1/validate/blocktypes',
      body: {
        name: 'remote-card',
        definition: 'https://blocks.example.net/card.json',
        is_remote: true,
        needs_approval: false,
      },
    },
  ])
  expect(await kragle.blockType('remote-card')).toEqual({
    code: 6,
    msg: 'No block type "remote-card".',
  })
})

test('a remote type shows its URL and the definition resolved from it', async ({ library }) => {
  await library.open()
  await library.search('weath')
  await expect(library.rows).toHaveCount(1)
  await library.rows.getByRole('link', { name: /weather/ }).click()
  await expect(library.page.getByRole('heading', { name: 'weather', level: 1 })).toBeVisible()
  await expect(library.page.getByText('https://blocks.kragle.example/weather.json')).toBeVisible()
  await expect(library.page.getByRole('region', { name: 'Definition' })).toContainText(
    '"city": "Oslo"',
  )
})
