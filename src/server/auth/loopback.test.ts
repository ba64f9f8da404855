import { describe, expect, it } from 'vitest'
import { ConfigError } from '../config'
import { checkStartMode, isLoopbackHost } from './loopback'

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST', 'app.localhost'])(
    '%s is loopback',
    (host) => expect(isLoopbackHost(host)).toBe(true),
  )
  it.each(['0.0.0.0', '::', '', '10.0.0.5', '192.168.1.2', 'example.com', '127.0.0.1.nip.io'])(
    '%s is not loopback',
    (host) => expect(isLoopbackHost(host)).toBe(false),
  )
})

describe('checkStartMode', () => {
  it('runs as a local admin on loopback without users', () => {
    expect(checkStartMode('127.0.0.1', false)).toBe('local')
    expect(checkStartMode('::1', false)).toBe('local')
  })
  it('uses logins as soon as a user exists, on any address', () => {
    expect(checkStartMode('127.0.0.1', true)).toBe('users')
    expect(checkStartMode('0.0.0.0', true)).toBe('users')
  })
  it('refuses a public bind without users and says how to fix it', () => {
    expect(() => checkStartMode('0.0.0.0', false)).toThrow(ConfigError)
    expect(() => checkStartMode('0.0.0.0', false)).toThrow(/no user exists.*npm run user:add/s)
  })
})
