import { describe, expect, it } from 'vitest'
import { cancelledText, droppedText, overText, pickedUpText } from './announcements'

describe('drag announcements', () => {
  it('names the picked-up block', () => {
    expect(pickedUpText('Hero')).toBe('Picked up Hero.')
  })

  it('says which block the dragged block is over, or that it is back home', () => {
    expect(overText('Hero', 'Intro')).toBe('Hero is over Intro.')
    expect(overText('Hero', null)).toBe('Hero is back where it was.')
  })

  it('says on which side of the anchor the block landed', () => {
    expect(droppedText('Hero', { anchorId: 'b', side: 'after' }, 'Intro')).toBe(
      'Hero was moved after Intro.',
    )
    expect(droppedText('Hero', { anchorId: 'b', side: 'before' }, 'Intro')).toBe(
      'Hero was moved before Intro.',
    )
    expect(droppedText('Hero', null, '')).toBe('Hero was dropped where it was.')
  })

  it('reports a cancelled move', () => {
    expect(cancelledText('Hero')).toBe('Moving Hero was cancelled.')
  })
})
