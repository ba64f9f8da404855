// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LoginScreen } from './LoginScreen'

const answer = (status: number, body: unknown) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status }))

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('LoginScreen', () => {
  it('sends the address and password as JSON and hands the session over', async () => {
    const session = {
      mode: 'users',
      user: { id: 'u', email: 'a@example.com', name: 'A', role: 'editor' },
      csrfToken: 'tok',
    }
    const fetch = answer(200, session)
    vi.stubGlobal('fetch', fetch)
    const onLoggedIn = vi.fn()
    render(<LoginScreen onLoggedIn={onLoggedIn} />)
    const user = userEvent.setup()
    expect(document.activeElement).toBe(screen.getByLabelText('E-mail address'))
    await user.type(screen.getByLabelText('E-mail address'), 'a@example.com')
    await user.type(screen.getByLabelText('Password'), 'secret words')
    await user.click(screen.getByRole('button', { name: 'Log in' }))
    expect(onLoggedIn).toHaveBeenCalledWith(session)
    expect(fetch).toHaveBeenCalledWith(
      '/api/session/login',
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify({ email: 'a@example.com', password: 'secret words' }),
      }),
    )
  })

  it("shows the server's reason, clears the password and puts focus back on it", async () => {
    vi.stubGlobal('fetch', answer(401, { message: 'The e-mail address or the password is wrong.' }))
    const onLoggedIn = vi.fn()
    render(<LoginScreen onLoggedIn={onLoggedIn} />)
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('E-mail address'), 'a@example.com')
    await user.type(screen.getByLabelText('Password'), 'wrong one')
    await user.keyboard('{Enter}')
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The e-mail address or the password is wrong.',
    )
    const password = screen.getByLabelText<HTMLInputElement>('Password')
    expect(password.value).toBe('')
    expect(document.activeElement).toBe(password)
    expect(onLoggedIn).not.toHaveBeenCalled()
  })
})
