import { describe, expect, it } from 'vitest'
import { browserIdStore, IdMap, memoryIdStore } from './durable-id-map'

/** A Storage over a plain map, as a browser's localStorage behaves. */
function fakeStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  }
}

describe('IdMap', () => {
  it('outlives the tab that made it: a new map on the same store knows every alias', () => {
    const store = memoryIdStore()
    const before = new IdMap(store)
    before.alias('editor-a', '17')
    const afterReload = new IdMap(store)
    expect(afterReload.client('17')).toBe('editor-a')
    expect(afterReload.server('editor-a')).toBe('17')
    expect(afterReload.client('18')).toBe('18')
  })

  it('follows an id that moved twice (an Omerlo entry moved between blocks)', () => {
    const store = memoryIdStore()
    const ids = new IdMap(store)
    ids.alias('e1', 'e2')
    ids.alias('e1', 'e3')
    const fresh = new IdMap(store)
    expect(fresh.server('e1')).toBe('e3')
    expect(fresh.client('e3')).toBe('e1')
    expect(fresh.client('e2')).toBe('e2')
  })

  it('sees what another tab added once refreshed, and the other tab wins on a clash', () => {
    const store = memoryIdStore()
    const mine = new IdMap(store)
    const theirs = new IdMap(store)
    mine.alias('x', '1')
    theirs.alias('y', '2')
    theirs.alias('x', '3')
    mine.refresh()
    expect([mine.server('y'), mine.server('x'), mine.client('1')]).toEqual(['2', '3', '1'])
  })

  it('keeps the newest pairs when full', () => {
    const store = memoryIdStore()
    const ids = new IdMap(store, 2)
    ids.alias('a', '1')
    ids.alias('b', '2')
    ids.alias('c', '3')
    expect(store.read()).toEqual([
      ['b', '2'],
      ['c', '3'],
    ])
  })

  it('persists in localStorage and ignores what it cannot read', () => {
    const storage = fakeStorage()
    const global = globalThis as { localStorage?: Storage }
    global.localStorage = storage
    try {
      new IdMap(browserIdStore('ids:test')).alias('n', '9')
      expect(JSON.parse(storage.getItem('ids:test') ?? '')).toEqual([['n', '9']])
      expect(new IdMap(browserIdStore('ids:test')).client('9')).toBe('n')
      storage.setItem('ids:test', '{not json')
      expect(new IdMap(browserIdStore('ids:test')).client('9')).toBe('9')
      storage.setItem('ids:test', JSON.stringify([['ok', '1'], ['bad'], 3]))
      expect(new IdMap(browserIdStore('ids:test')).client('1')).toBe('ok')
    } finally {
      delete global.localStorage
    }
  })
})
