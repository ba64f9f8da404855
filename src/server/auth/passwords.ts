// Password hashing with Argon2id (@node-rs/argon2, its defaults follow OWASP: 19 MiB, t=2, p=1).
// The PHC string carries its own salt and parameters, so raising them later needs no migration.
import { hash, verify } from '@node-rs/argon2'

export const MIN_PASSWORD_LENGTH = 10
export const MAX_PASSWORD_LENGTH = 1024

/** A reason the password is unacceptable, or null. */
export const passwordProblem = (password: string): string | null => {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`
  }
  return null
}

export const hashPassword = (password: string): Promise<string> => hash(password)

export const verifyPassword = async (stored: string, password: string): Promise<boolean> => {
  try {
    return await verify(stored, password)
  } catch {
    // A malformed stored hash is a failed login, never a crash.
    return false
  }
}

let dummy: Promise<string> | null = null
/**
 * Spends the same time as a real check when the e-mail is unknown, so the answer's delay does not
 * tell which addresses have accounts.
 */
export const verifyNobody = async (password: string): Promise<false> => {
  dummy ??= hash('not a password of anyone')
  await verifyPassword(await dummy, password)
  return false
}
