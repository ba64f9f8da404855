// Creating PGlite's database in a child process: the server opens what the child made, a
// directory holding someone's files is never taken, and nothing half-made is left behind.
import { readdir, rm, writeFile, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SLOW, tempDir } from '../test-support'
import { openPgliteDb } from './pglite-db'
import { ensurePgliteDataDir } from './pglite-initdb'

const made: string[] = []
const scratch = async (): Promise<string> => {
  const dir = await tempDir('editor-initdb-')
  made.push(dir)
  return dir
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('ensurePgliteDataDir', () => {
  it(
    'creates the database where there is none, leaving only it, and the server opens it',
    async () => {
      const parent = await scratch()
      const dataDir = join(parent, 'nested', 'pglite')
      await ensurePgliteDataDir(dataDir)
      expect((await readFile(join(dataDir, 'PG_VERSION'), 'utf8')).trim()).toMatch(/^\d+$/)
      // The staging directory was renamed, not left beside it.
      expect(await readdir(join(parent, 'nested'))).toEqual(['pglite'])
      const db = await openPgliteDb(dataDir)
      try {
        const { rows } = await db.query<{ answer: number }>('SELECT 6 * 7 AS answer')
        expect(rows).toEqual([{ answer: 42 }])
      } finally {
        await db.close()
      }
    },
    4 * SLOW,
  )

  it(
    'takes an empty directory and leaves an existing database as it is',
    async () => {
      const parent = await scratch()
      const dataDir = join(parent, 'pglite')
      await mkdir(dataDir)
      await ensurePgliteDataDir(dataDir)
      const version = join(dataDir, 'PG_VERSION')
      const before = await readFile(version, 'utf8')
      // A marker the second call would lose if it created the database again.
      await writeFile(join(dataDir, 'marker'), 'kept')
      await ensurePgliteDataDir(dataDir)
      expect(await readFile(join(dataDir, 'marker'), 'utf8')).toBe('kept')
      expect(await readFile(version, 'utf8')).toBe(before)
    },
    4 * SLOW,
  )

  it('refuses a directory that holds files but no database, and leaves them', async () => {
    const parent = await scratch()
    const dataDir = join(parent, 'pglite')
    await mkdir(dataDir)
    await writeFile(join(dataDir, 'notes.txt'), 'mine')
    await expect(ensurePgliteDataDir(dataDir)).rejects.toThrow(/holds files but no database/)
    expect(await readdir(dataDir)).toEqual(['notes.txt'])
    expect(await readdir(parent)).toEqual(['pglite'])
  })
})
