// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { QueryClient, QueryClientProvider, queryOptions } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SessionError } from './session-api'
import type { Session } from './session-api'
import { SessionProvider } from './session-context'
import { UsersPage } from './UsersPage'
import type { ListedUser } from './users-api'

const answer = vi.hoisted(() => ({ current: (): Promise<unknown> => Promise.resolve([]) }))

vi.mock('../shared/AppHeader', () => ({ AppHeader: () => null }))
vi.mock('./users-api', async (original) => ({
  ...(await original<typeof import('./users-api')>()),
  usersQuery: () => queryOptions({ queryKey: ['users'], queryFn: () => answer.current() }),
}))

afterEach(cleanup)

const ADA: ListedUser = {
  id: 'u1',
  email: 'ada@example.com',
  name: 'Ada',
  role: 'admin',
  createdAt: '2026-01-01T00:00:00.000Z',
}
const NINA: ListedUser = {
  ...ADA,
  id: 'u2',
  email: 'nina@example.com',
  name: 'Nina',
  role: 'editor',
}

function renderPage(session: Session) {
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <SessionProvider value={{ session, logOut: () => undefined }}>
        <UsersPage />
      </SessionProvider>
    </QueryClientProvider>,
  )
}

const asAda: Session = {
  mode: 'users',
  user: { id: 'u1', email: ADA.email, name: 'Ada', role: 'admin' },
  csrfToken: 't',
}

describe('<UsersPage>', () => {
  it('offers no Remove on your own account', async () => {
    answer.current = () => Promise.resolve({ users: [ADA, NINA] }).then((b) => b.users)
    renderPage(asAda)
    expect(await screen.findByRole('button', { name: 'Remove nina@example.com' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Remove ada@example.com' })).toBeNull()
    expect(screen.getByText('(you)')).toBeTruthy()
  })

  it('starts the first user as an admin while there are no users', async () => {
    answer.current = () => Promise.resolve([])
    renderPage({ mode: 'local', user: { ...asAda.user!, id: 'local' }, csrfToken: null })
    expect(await screen.findByRole('heading', { name: 'Add the first user' })).toBeTruthy()
    expect((screen.getByLabelText('Role') as HTMLSelectElement).value).toBe('admin')
  })

  it('offers "Try again" after a failure a retry can fix, not after a refusal', async () => {
    answer.current = () => Promise.reject(new SessionError('Only an admin may.', 403))
    renderPage(asAda)
    expect(await screen.findByText('Only an admin may.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
    cleanup()

    answer.current = () => Promise.reject(new SessionError('The server is busy.', 503))
    renderPage(asAda)
    expect(await screen.findByText('The server is busy.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy()
  })
})
