import { describe, expect, it } from 'vitest'
import { parseUserAddArgs, passwordFromStdin } from './user-add-args'

describe('parseUserAddArgs', () => {
  it('reads --flag value and --flag=value', () => {
    expect(
      parseUserAddArgs(['--email', 'ann@example.com', '--role=designer', '--name', 'Ann B']),
    ).toEqual({
      ok: true,
      value: { email: 'ann@example.com', name: 'Ann B', role: 'designer' },
    })
  })
  it('names the user after the address when --name is left out', () => {
    expect(parseUserAddArgs(['--email=bo@example.com', '--role', 'admin'])).toEqual({
      ok: true,
      value: { email: 'bo@example.com', name: 'bo', role: 'admin' },
    })
  })
  it('refuses a password on the command line, saying where it goes instead', () => {
    const parsed = parseUserAddArgs(['--email', 'a@b.c', '--role', 'admin', '--password', 'x'])
    expect(parsed).toEqual({
      ok: false,
      message: expect.stringMatching(/never given on the command line.*stdin/),
    })
    expect(parseUserAddArgs(['--password=secret'])).toMatchObject({ ok: false })
  })
  it.each([
    [[], '--email is required.'],
    [['--email', 'nope', '--role', 'admin'], '"nope" is not an e-mail address.'],
    [['--email', 'a@b.c'], '--role must be one of editor, designer, admin.'],
    [['--email', 'a@b.c', '--role', 'owner'], '--role must be one of editor, designer, admin.'],
    [['--email'], '--email needs a value.'],
    [['--email', '--role', 'admin'], '--email needs a value.'],
    [['--email', 'a@b.c', '--email', 'd@e.f', '--role', 'admin'], '--email is given twice.'],
    [['--colour', 'red'], 'Unknown option --colour.'],
    [['ann@example.com'], 'Unexpected argument "ann@example.com".'],
  ])('%j → %s', (argv, message) => {
    expect(parseUserAddArgs(argv)).toEqual({ ok: false, message })
  })
  it('answers --help', () => {
    expect(parseUserAddArgs(['--email', 'a@b.c', '--help'])).toEqual({ help: true })
  })
})

describe('passwordFromStdin', () => {
  it('drops one trailing line ending and keeps everything else', () => {
    expect(passwordFromStdin('pass word \n')).toBe('pass word ')
    expect(passwordFromStdin('pw\r\n')).toBe('pw')
    expect(passwordFromStdin('pw')).toBe('pw')
  })
})
