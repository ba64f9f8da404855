// The reference backends' API key: random, generated at first start, kept in
// DATA_DIR/reference-keys.json (mode 600) for the proxy, and stored in the database only as a hash.
import { createHash, randomBytes } from 'node:crypto'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export const REFERENCE_KEYS_FILE = 'reference-keys.json'

export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex')

const readKey = async (file: string): Promise<string | null> => {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const parsed: unknown = JSON.parse(text)
  if (typeof parsed === 'object' && parsed !== null && 'basker' in parsed) {
    const key: unknown = parsed.basker
    if (typeof key === 'string' && key.length >= 16) return key
  }
  throw new Error(`${file} holds no usable "basker" key; delete it to generate a new one.`)
}

/** Returns the reference key, creating the file on first start. */
export const loadOrCreateReferenceKey = async (dataDir: string): Promise<string> => {
  await mkdir(dataDir, { recursive: true })
  const file = join(dataDir, REFERENCE_KEYS_FILE)
  const existing = await readKey(file)
  if (existing !== null) {
    await chmod(file, 0o600)
    return existing
  }
  const key = randomBytes(24).toString('hex')
  try {
    // 'wx' fails if another process created the file meanwhile; then its key wins.
    await writeFile(file, `${JSON.stringify({ basker: key }, null, 2)}\n`, {
      mode: 0o600,
      flag: 'wx',
    })
    return key
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    const raced = await readKey(file)
    if (raced === null) throw error
    return raced
  }
}
