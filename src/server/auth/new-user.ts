// Checks a request to create a user (from the admin screen, a test hook or user:add) and hashes
// the password: one place says what a valid user is.
import { isRole, ROLES } from '../../core/roles'
import { hashPassword, passwordProblem } from './passwords'
import { emailProblem, type NewUser } from './user-repository'

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string }

export const checkNewUser = async (input: unknown): Promise<Checked<NewUser>> => {
  if (typeof input !== 'object' || input === null) {
    return { ok: false, message: 'Send {"email", "name", "role", "password"} as JSON.' }
  }
  const { email, name, role, password } = input as Record<string, unknown>
  if (typeof email !== 'string') return { ok: false, message: 'email is required.' }
  const badEmail = emailProblem(email)
  if (badEmail) return { ok: false, message: badEmail }
  if (typeof name !== 'string' || name.trim() === '') {
    return { ok: false, message: 'name is required.' }
  }
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(name) || name.length > 200) {
    return {
      ok: false,
      message: 'name must be at most 200 characters, without control characters.',
    }
  }
  if (!isRole(role)) return { ok: false, message: `role must be one of ${ROLES.join(', ')}.` }
  if (typeof password !== 'string') return { ok: false, message: 'password is required.' }
  const badPassword = passwordProblem(password)
  if (badPassword) return { ok: false, message: badPassword }
  return {
    ok: true,
    value: { email, name: name.trim(), role, passwordHash: await hashPassword(password) },
  }
}
