import { describe, expect, it } from 'vitest'
import { splitStatusLabel } from './status-short'

describe('splitStatusLabel', () => {
  it('keeps the count and the state as the short form', () => {
    expect(splitStatusLabel('3 unsaved changes')).toEqual(['3 unsaved', ' changes'])
    expect(splitStatusLabel('1 unsaved change')).toEqual(['1 unsaved', ' change'])
    expect(splitStatusLabel('Offline — 2 changes kept on this device')).toEqual([
      'Offline',
      ' — 2 changes kept on this device',
    ])
  })

  it('leaves short labels whole', () => {
    expect(splitStatusLabel('Saved')).toEqual(['Saved', ''])
    expect(splitStatusLabel('Saving…')).toEqual(['Saving…', ''])
    expect(splitStatusLabel('Conflict')).toEqual(['Conflict', ''])
  })
})
