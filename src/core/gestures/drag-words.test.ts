import { describe, expect, it } from 'vitest'
import {
  cancelledText,
  droppedText,
  overText,
  pickedUpText,
  refusedAimText,
  refusedMoveText,
  subjectOf,
} from './drag-words'

const hero = subjectOf(1, 'Hero')
const three = subjectOf(3, 'Hero')

describe('drag announcements', () => {
  it('names one held block by its label and several by their number', () => {
    expect(pickedUpText(hero)).toBe('Picked up Hero.')
    expect(pickedUpText(three)).toBe('Picked up 3 blocks.')
  })

  it('says where a drop would go, or that the blocks are back home', () => {
    expect(overText(hero, { anchorId: 'b', side: 'after' }, 'Intro')).toBe(
      'Hero would go after Intro.',
    )
    expect(overText(three, { anchorId: 'b', side: 'inside' }, 'Speakers')).toBe(
      '3 blocks would go inside Speakers.',
    )
    expect(overText(hero, null, '')).toBe('Hero is back where it was.')
    expect(overText(three, null, '')).toBe('3 blocks are back where they were.')
  })

  it('agrees the verb with what was moved', () => {
    expect(droppedText(hero, { anchorId: 'b', side: 'before' }, 'Intro')).toBe(
      'Hero was moved before Intro.',
    )
    expect(droppedText(three, { anchorId: 'b', side: 'after' }, 'Intro')).toBe(
      '3 blocks were moved after Intro.',
    )
    expect(droppedText(hero, null, '')).toBe('Hero was dropped where it was.')
    expect(droppedText(three, null, '')).toBe('3 blocks were dropped where they were.')
  })

  it('reports a cancel, a refused place and a refused drop', () => {
    expect(cancelledText(three)).toBe('Moving 3 blocks was cancelled.')
    expect(refusedAimText(hero, 'at the top level')).toBe('Hero cannot go at the top level.')
    expect(
      refusedMoveText(hero, 'Operation 0 (moveAfter): “Partners” takes Person entry only.'),
    ).toBe('Could not move Hero: “Partners” takes Person entry only.')
  })
})
