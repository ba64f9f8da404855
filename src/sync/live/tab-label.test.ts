import { describe, expect, it } from 'vitest'
import { tabLabel } from './tab-label'

function memory(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>()
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  }
}

describe('tabLabel', () => {
  it('numbers tabs in the order they open and keeps each tab its name', () => {
    const local = memory()
    const first = memory()
    const second = memory()
    expect(tabLabel(first, local)).toBe('Tab 1')
    expect(tabLabel(second, local)).toBe('Tab 2')
    expect(tabLabel(first, local)).toBe('Tab 1')
  })
})
