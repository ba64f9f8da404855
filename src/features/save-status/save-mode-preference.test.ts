import { describe, expect, it } from 'vitest'
import { readSaveMode, saveModeKey, writeSaveMode } from './save-mode-preference'

const memory = () => {
  const values = new Map<string, string>()
  return {
    getItem: (k: string) => values.get(k) ?? null,
    setItem: (k: string, v: string) => void values.set(k, v),
  }
}

describe('save mode preference', () => {
  it('is kept per backend and per user, autosave by default', () => {
    const storage = memory()
    const mine = saveModeKey('omerlo', 'u1')
    expect(readSaveMode(storage, mine)).toBe('auto')
    writeSaveMode(storage, mine, 'manual')
    expect(readSaveMode(storage, mine)).toBe('manual')
    expect(readSaveMode(storage, saveModeKey('tines', 'u1'))).toBe('auto')
    expect(readSaveMode(storage, saveModeKey('omerlo', 'u2'))).toBe('auto')
  })

  it('falls back to autosave when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
    }
    expect(readSaveMode(refusing, 'k')).toBe('auto')
    expect(() => writeSaveMode(refusing, 'k', 'manual')).not.toThrow()
    expect(readSaveMode(undefined, 'k')).toBe('auto')
  })
})
