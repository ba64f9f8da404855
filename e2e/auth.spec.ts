// Users and roles in the browser: an editor logs in, sees no theme controls, edits as usual, and a
// theme write made by hand from the page (with the session's own CSRF token) is refused by the
// server. Users are created at run time; removing them restores the local admin for other specs.
import { expect, test } from './fixtures/test'
import { addUser, logIn, PASSWORD, removeAllUsers } from './fixtures/auth'
import { findField } from './fixtures/demo'
import { BASKER_VERSION, BASKER_TENANT } from './fixtures/env'

const SITE_THEME = `/api/backend/partners/${BASKER_VERSION}/${BASKER_TENANT}/theme/settings`

test.afterEach(async ({ request }) => {
  await removeAllUsers(request)
})

test('an editor logs in, has no theme controls, edits, and a hand-made theme write is 403', async ({
  page,
  request,
  editor,
  backend,
}) => {
  await addUser(request, 'eddie@example.com', 'editor', 'Eddie Editor')
  await page.goto('/')
  await logIn(page, 'eddie@example.com')

  const header = page.getByRole('group', { name: 'Current user' })
  await expect(header).toContainText('Eddie Editor')
  await expect(header).toContainText('editor')
  await expect(page.getByRole('link', { name: 'Site theme' })).toHaveCount(0)

  // Editing works as for anyone: one update, sent exactly as typed.
  const [home, schema] = await backend.homeWithSchema()
  const { block, field } = findField(
    home.blocks.filter((b) => b.type === 'heading'),
    schema,
    'text',
  )
  await editor.open('pages', 'home')
  await expect(page.getByRole('tab', { name: 'Theme' })).toHaveCount(0)
  const input = await editor.field(block.id, field.label)
  await input.fill('Written by an editor')
  await editor.save()
  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  await editor.expectSaved()
  const [patch] = await backend.blockPatches()
  expect(patch).toMatchObject({ draft: true, ifUpdatedAt: home.updatedAt })
  expect(patch?.operations).toEqual([
    { op: 'update', blockId: block.id, value: { [field.key]: 'Written by an editor' } },
  ])

  // The theme route says plainly that this role may not use it.
  await page.goto('/theme')
  await expect(page.getByRole('alert')).toContainText(
    'Your role (editor) may not change theme settings.',
  )

  // A theme write from the page's own context, with its valid CSRF token, is still refused.
  const refused = await page.evaluate(async (path) => {
    const session = (await (await fetch('/api/session')).json()) as { csrfToken: string }
    const current = (await (await fetch(path)).json()) as { updatedAt: string }
    const response = await fetch(path, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({
        draft: true,
        ifUpdatedAt: current.updatedAt,
        set: { accentColor: '#000000' },
      }),
    })
    return { status: response.status, body: (await response.json()) as { message: string } }
  }, SITE_THEME)
  expect(refused).toEqual({
    status: 403,
    body: expect.objectContaining({
      message: 'Your role (editor) may not change theme settings; ask an admin.',
    }) as unknown,
  })
  // The backend never saw it: its only write is the editor's block patch.
  const writes = await backend.requests()
  expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual([`PATCH ${patch?.path ?? ''}`])
})

test('a wrong password is refused with a clear message; logging out asks for a login again', async ({
  page,
  request,
}) => {
  await addUser(request, 'dana@example.com', 'designer', 'Dana Designer')
  await page.goto('/')
  await logIn(page, 'dana@example.com', 'not the password')
  await expect(page.getByRole('alert')).toHaveText('The e-mail address or the password is wrong.')
  await expect(page.getByLabel('Password')).toBeFocused()

  await logIn(page, 'dana@example.com')
  // Designers may change theme settings: the link is there.
  await expect(page.getByRole('link', { name: 'Site theme' })).toBeVisible()
  await page.getByRole('button', { name: 'Log out' }).click()
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible()
  const status = await page.evaluate(async () => (await fetch('/api/session')).json())
  expect(status).toEqual({ mode: 'users', user: null, csrfToken: null })
})

test('a write without the CSRF token is refused even from a logged-in page', async ({
  page,
  request,
}) => {
  await addUser(request, 'ada@example.com', 'admin', 'Ada Admin')
  await page.goto('/')
  await logIn(page, 'ada@example.com')
  await expect(page.getByRole('link', { name: 'Site theme' })).toBeVisible()
  const status = await page.evaluate(async (path) => {
    const response = await fetch(path, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ draft: true, ifUpdatedAt: 'x', set: {} }),
    })
    return response.status
  }, SITE_THEME)
  expect(status).toBe(403)
})

test('an admin adds a user, changes their role and removes them on the Users screen', async ({
  page,
  request,
}) => {
  await addUser(request, 'ada@example.com', 'admin', 'Ada Admin')
  await page.goto('/')
  await logIn(page, 'ada@example.com')
  await page.getByRole('link', { name: 'Users' }).click()
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible()

  const form = page.getByRole('form', { name: 'Add a user' })
  await form.getByLabel('E-mail address').fill('Nina@Example.com')
  await form.getByLabel('Name').fill('Nina New')
  await form.getByLabel('Role').selectOption('editor')
  await form.getByLabel('Password (at least 10 characters)').fill('short')
  await form.getByRole('button', { name: 'Add user' }).click()
  await expect(page.getByRole('alert')).toHaveText('The password must have at least 10 characters.')
  await form.getByLabel('Password (at least 10 characters)').fill('long enough password')
  await form.getByRole('button', { name: 'Add user' }).click()

  const role = page.getByRole('combobox', { name: 'Role of nina@example.com' })
  await expect(role).toHaveValue('editor')
  await role.selectOption('designer')
  await expect
    .poll(async () => {
      const users = (await (await page.request.get('/api/users')).json()) as {
        users: { email: string; role: string }[]
      }
      return users.users.map((u) => `${u.email} ${u.role}`)
    })
    .toEqual(['ada@example.com admin', 'nina@example.com designer'])

  // The last admin cannot demote themself: the server's reason is shown.
  await page.getByRole('combobox', { name: 'Role of ada@example.com' }).selectOption('editor')
  await expect(page.getByRole('alert')).toHaveText(
    'ada@example.com is the last admin and must stay one.',
  )

  await page.getByRole('button', { name: 'Remove nina@example.com' }).click()
  await page.getByRole('button', { name: 'Remove nina@example.com for good' }).click()
  await expect(page.getByRole('combobox', { name: 'Role of nina@example.com' })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeFocused()
})

test('the first user is an admin by default; once added, the app asks for a login', async ({
  page,
}) => {
  test.slow()
  await page.goto('/users')
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible()
  const form = page.getByRole('form', { name: 'Add a user' })
  await expect(form.getByLabel('Role')).toHaveValue('admin')
  await form.getByLabel('E-mail address').fill('first@example.com')
  await form.getByLabel('Name').fill('First Admin')
  await form.getByLabel('Password (at least 10 characters)').fill(PASSWORD)
  await form.getByRole('button', { name: 'Add user' }).click()

  // Straight to the login screen, with the new address filled in; no "could not be loaded".
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible()
  await expect(page.getByRole('status')).toContainText(
    'first@example.com was added as the first admin',
  )
  await expect(page.getByLabel('E-mail address')).toHaveValue('first@example.com')
  await expect(page.getByText('could not be loaded')).toHaveCount(0)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Log in' }).click()

  // Back on the users screen as that admin: no "Remove" on one's own account.
  await expect(page.getByRole('combobox', { name: 'Role of first@example.com' })).toHaveValue(
    'admin',
  )
  await expect(page.getByRole('button', { name: /^Remove/ })).toHaveCount(0)
  await expect(page.getByRole('row', { name: /First Admin \(you\)/ })).toBeVisible()
})
