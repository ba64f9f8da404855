// The reference backends' API key: random, generated at first start, kept in
// DATA_DIR/reference-keys.json (mode 600) for the proxy, and stored in the database only as a hash.
import { createHash, randomBytes } from 'node:crypto'
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
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

/**
 * The key of another reference backend (e.g. "tines"), kept in the same file next to Basker's.
 * Added to the file on first use, so a data directory from before keeps its Basker key.
 */
export const loadOrCreateNamedReferenceKey = async (
  dataDir: string,
  name: string,
): Promise<string> => {
  await loadOrCreateReferenceKey(dataDir)
  const file = join(dataDir, REFERENCE_KEYS_FILE)
  const keys = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
  const existing = keys[name]
  if (typeof existing === 'string' && existing.length >= 16) return existing
  const key = randomBytes(24).toString('hex')
  const next = `${JSON.stringify({ ...keys, [name]: key }, null, 2)}\n`
  // Written beside and renamed over the old file, so a reader never sees half a file.
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(temp, next, { mode: 0o600 })
  await rename(temp, file)
  return key
}
