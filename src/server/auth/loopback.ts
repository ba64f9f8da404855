// The loopback rule: a server bound to a loopback address with no users runs as one local admin
// (so `npm start` needs no login); bound anywhere else it must have users, or it refuses to start.
import { ConfigError } from '../config'

const IPV4_LOOPBACK = /^127(\.\d{1,3}){3}$/

/** True for 127.0.0.0/8, ::1 (bracketed or not) and localhost. */
export const isLoopbackHost = (host: string): boolean => {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === '::1' ||
    name === '0:0:0:0:0:0:0:1' ||
    IPV4_LOOPBACK.test(name)
  )
}

/** Throws a ConfigError when the server may not start as configured. */
export const checkStartMode = (host: string, hasUsers: boolean): 'local' | 'users' => {
  if (hasUsers) return 'users'
  if (isLoopbackHost(host)) return 'local'
  throw new ConfigError(
    `HOST=${host} is not a loopback address and no user exists, so anyone who can reach the ` +
      'server would be an admin. Create an admin first with ' +
      '`npm run user:add -- --email you@example.com --name "Your Name" --role admin` ' +
      '(same DATA_DIR or DATABASE_URL), or bind to 127.0.0.1.',
  )
}
