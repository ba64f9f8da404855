import { describe, expect, it } from 'vitest'
import { formatValue } from './format-value'

describe('formatValue', () => {
  it('gives nothing for empty values', () => {
    for (const empty of [undefined, null, '', []]) expect(formatValue(empty)).toBe('')
  })

  it('words booleans, options, dates and arrays', () => {
    expect(formatValue(true)).toBe('Yes')
    expect(formatValue(false, { key: 'c', type: 'checkbox', label: 'C' })).toBe('No')
    const select = {
      key: 's',
      type: 'select' as const,
      label: 'S',
      options: [{ value: 'a', label: 'Apple' }],
    }
    expect(formatValue(['a', 'b'], select)).toBe('Apple, b')
    const date = { key: 'd', type: 'date' as const, label: 'D' }
    expect(formatValue('2026-04-18T19:00:00.000Z', date)).toBe('2026-04-18 19:00 UTC')
    expect(formatValue('2026-04-18T00:00:00.000Z', date)).toBe('2026-04-18')
    expect(formatValue('next week', date)).toBe('next week')
    expect(formatValue([1], { key: 'a', type: 'array', label: 'A' })).toBe('1 item')
  })

  it('names links and uploads by what they point at', () => {
    const rel = { key: 'r', type: 'relationship' as const, label: 'R' }
    expect(formatValue({ relationTo: 'pages', value: 'about' }, rel)).toBe('about (pages)')
    expect(formatValue([{ relationTo: 'events', value: { id: 'gala' } }, 'x', 3], rel)).toBe(
      'gala (events), x, 3',
    )
    const upload = { key: 'u', type: 'upload' as const, label: 'U' }
    expect(formatValue({ id: 'm1', filename: 'hall.jpg' }, upload)).toBe('hall.jpg')
    expect(formatValue({ id: 'm1' }, upload)).toBe('m1')
    expect(formatValue(true, upload)).toBe('Yes')
    expect(formatValue([[1]], upload)).toBe('[1]')
  })

  it('shows other values as JSON, clipped', () => {
    expect(formatValue({ a: 1 })).toBe('{"a":1}')
    const long = formatValue('x'.repeat(300))
    expect(long).toHaveLength(120)
    expect(long.endsWith('…')).toBe(true)
  })
})
