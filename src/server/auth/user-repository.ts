// Users in the server's database. E-mail addresses are kept lower-cased and trimmed, so logging in
// does not depend on how an address was typed.
import { randomBytes } from 'node:crypto'
import { isRole, type Role } from '../../core/roles'
import type { Queryable } from '../storage/db'

export interface User {
  id: string
  email: string
  name: string
  role: Role
  createdAt: string
}

interface UserRow {
  id: string
  email: string
  name: string
  role: string
  password_hash: string
  created_at: string
  [column: string]: unknown
}

export interface NewUser {
  email: string
  name: string
  role: Role
  passwordHash: string
}

export class DuplicateEmailError extends Error {
  override readonly name = 'DuplicateEmailError'
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase()

/** A reason the address is unusable, or null. Deliberately loose: one @, something either side. */
export const emailProblem = (email: string): string | null =>
  // eslint-disable-next-line no-control-regex -- control characters (NUL) are refused
  /^[^\s@\u0000-\u001f\u007f]+@[^\s@\u0000-\u001f\u007f]+$/.test(normaliseEmail(email)) &&
  email.length <= 320
    ? null
    : `"${email}" is not an e-mail address.`

const toUser = (row: UserRow): User => {
  if (!isRole(row.role)) throw new Error(`User ${row.id} has an unknown role "${row.role}".`)
  return { id: row.id, email: row.email, name: row.name, role: row.role, createdAt: row.created_at }
}

const COLUMNS = 'id, email, name, role, password_hash, created_at'

export const createUserRepository = (db: Queryable) => ({
  /** Whether any user exists: once one does, the local admin mode ends. */
  async exist(): Promise<boolean> {
    const result = await db.query('SELECT 1 AS one FROM users LIMIT 1')
    return result.rows.length > 0
  },

  async list(): Promise<User[]> {
    const result = await db.query<UserRow>(`SELECT ${COLUMNS} FROM users ORDER BY email`)
    return result.rows.map(toUser)
  },

  async byId(id: string): Promise<User | null> {
    const result = await db.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id])
    return result.rows[0] ? toUser(result.rows[0]) : null
  },

  /** The user and their password hash, for a login. */
  async credentials(email: string): Promise<{ user: User; passwordHash: string } | null> {
    const result = await db.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE email = $1`, [
      normaliseEmail(email),
    ])
    const row = result.rows[0]
    return row ? { user: toUser(row), passwordHash: row.password_hash } : null
  },

  async create(input: NewUser): Promise<User> {
    const id = randomBytes(12).toString('hex')
    const now = new Date().toISOString()
    const email = normaliseEmail(input.email)
    const inserted = await db.query(
      `INSERT INTO users (id, email, name, role, password_hash, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (email) DO NOTHING`,
      [id, email, input.name.trim(), input.role, input.passwordHash, now],
    )
    if (inserted.rowCount === 0) throw new DuplicateEmailError(`A user ${email} already exists.`)
    return { id, email, name: input.name.trim(), role: input.role, createdAt: now }
  },

  async setRole(id: string, role: Role): Promise<boolean> {
    const result = await db.query('UPDATE users SET role = $2, updated_at = $3 WHERE id = $1', [
      id,
      role,
      new Date().toISOString(),
    ])
    return result.rowCount > 0
  },

  async remove(id: string): Promise<boolean> {
    const result = await db.query('DELETE FROM users WHERE id = $1', [id])
    return result.rowCount > 0
  },

  async countAdmins(): Promise<number> {
    const result = await db.query<{ n: unknown }>(
      "SELECT count(*) AS n FROM users WHERE role = 'admin'",
    )
    return Number(result.rows[0]?.n ?? 0)
  },
})

export type UserRepository = ReturnType<typeof createUserRepository>
