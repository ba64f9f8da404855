// The arguments of `npm run user:add`. The password is never an argument (it would sit in the
// shell history and in `ps`): it comes from stdin, a prompt, or USER_ADD_PASSWORD.
import { isRole, ROLES, type Role } from '../../core/roles'
import { emailProblem } from './user-repository'

export const USER_ADD_USAGE = `Usage: npm run user:add -- --email <address> --role <${ROLES.join('|')}> [--name <name>]

The password is read from stdin when it is piped (printf '%s' "$PW" | npm run user:add -- …),
asked for (twice, hidden) at a terminal, or taken from USER_ADD_PASSWORD when that is set.
The user is created in the database of DATA_DIR (PGlite) or DATABASE_URL (PostgreSQL); with
PGlite, stop the server first.`

export interface UserAddArgs {
  email: string
  name: string
  role: Role
}

export type ParsedArgs =
  { ok: true; value: UserAddArgs } | { ok: false; message: string } | { help: true }

const FLAGS = new Set(['email', 'name', 'role'])

export const parseUserAddArgs = (argv: readonly string[]): ParsedArgs => {
  const values = new Map<string, string>()
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? ''
    if (arg === '--help' || arg === '-h') return { help: true }
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg)
    if (!match) return { ok: false, message: `Unexpected argument "${arg}".` }
    const flag = match[1] ?? ''
    if (flag === 'password') {
      return {
        ok: false,
        message:
          'The password is never given on the command line; pipe it on stdin, type it at the prompt, or set USER_ADD_PASSWORD.',
      }
    }
    if (!FLAGS.has(flag)) return { ok: false, message: `Unknown option --${flag}.` }
    let value = match[2]
    if (value === undefined) {
      value = argv[i + 1]
      i += 1
      if (value === undefined || value.startsWith('--')) {
        return { ok: false, message: `--${flag} needs a value.` }
      }
    }
    if (values.has(flag)) return { ok: false, message: `--${flag} is given twice.` }
    values.set(flag, value)
  }
  const email = values.get('email')
  if (email === undefined) return { ok: false, message: '--email is required.' }
  const badEmail = emailProblem(email)
  if (badEmail) return { ok: false, message: badEmail }
  const role = values.get('role')
  if (!isRole(role)) {
    return { ok: false, message: `--role must be one of ${ROLES.join(', ')}.` }
  }
  const name = (values.get('name') ?? email.split('@')[0] ?? '').trim()
  if (name === '') return { ok: false, message: '--name must not be empty.' }
  return { ok: true, value: { email: email.trim(), name, role } }
}

/** The password piped on stdin: one line, its line ending dropped. */
export const passwordFromStdin = (text: string): string => text.replace(/\r?\n$/, '')
