// `npm run user:add -- --email … --role …`: creates a user in the server's database. See
// USER_ADD_USAGE for where the password comes from; it is never printed.
import { createInterface } from 'node:readline'
import { checkNewUser } from '../auth/new-user'
import { parseUserAddArgs, passwordFromStdin, USER_ADD_USAGE } from '../auth/user-add-args'
import { createUserRepository, DuplicateEmailError } from '../auth/user-repository'
import { ConfigError, loadConfig } from '../config'
import { runMigrations } from '../storage/migrations'
import { openDb } from '../storage/open-db'

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Asks at the terminal without echoing what is typed. */
const askHidden = (question: string): Promise<string> =>
  new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true })
    const muted = rl as unknown as { _writeToOutput: (text: string) => void }
    muted._writeToOutput = (text) => {
      if (text.includes(question)) process.stdout.write(question)
    }
    rl.question(question, (answer) => {
      rl.close()
      process.stdout.write('\n')
      resolve(answer)
    })
  })

const readPassword = async (): Promise<string> => {
  const fromEnv = process.env.USER_ADD_PASSWORD
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  if (!process.stdin.isTTY) return passwordFromStdin(await readStdin())
  const first = await askHidden('Password: ')
  const again = await askHidden('Password again: ')
  if (first !== again) throw new ConfigError('The two passwords differ; nothing was created.')
  return first
}

const main = async (): Promise<number> => {
  const parsed = parseUserAddArgs(process.argv.slice(2))
  if ('help' in parsed) {
    console.log(USER_ADD_USAGE)
    return 0
  }
  if (!parsed.ok) {
    console.error(`${parsed.message}\n\n${USER_ADD_USAGE}`)
    return 2
  }
  const password = await readPassword()
  const checked = await checkNewUser({ ...parsed.value, password })
  if (!checked.ok) {
    console.error(checked.message)
    return 2
  }
  const config = loadConfig()
  const db = await openDb(config)
  try {
    await runMigrations(db)
    const users = createUserRepository(db)
    if (checked.value.role !== 'admin' && !(await users.exist())) {
      console.error('The first user must be an admin, or nobody could manage users.')
      return 2
    }
    const user = await users.create(checked.value)
    console.log(`Created ${user.role} ${user.email} (${user.name}).`)
    return 0
  } finally {
    await db.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DuplicateEmailError) {
      console.error(error.message)
    } else console.error('user:add failed:', error)
    process.exit(1)
  },
)
