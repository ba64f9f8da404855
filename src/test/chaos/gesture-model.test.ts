// The chaos model: what each gesture does to the predicted document, undo as a return to the
// snapshot before the step, and a generator that only proposes gestures the editor can do.
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_LIMITS,
  applyGesture,
  createModel,
  nextGesture,
  type ChaosModel,
} from './gesture-model'
import { mulberry32 } from './prng'

const start = () => createModel(['a', 'b', 'c', 'd'].map((id) => ({ id, text: id.toUpperCase() })))
const ids = (model: ChaosModel) => model.blocks.map((block) => block.id)

describe('applyGesture', () => {
  it('moves, inserts after the anchor, removes and types', () => {
    let model = start()
    model = applyGesture(model, { kind: 'move', id: 'a', direction: 'down', steps: 2 })
    expect(ids(model)).toEqual(['b', 'c', 'a', 'd'])
    model = applyGesture(model, { kind: 'insert', anchorId: 'c' }, { id: 'n', text: '' })
    expect(ids(model)).toEqual(['b', 'c', 'n', 'a', 'd'])
    model = applyGesture(model, { kind: 'remove', id: 'b' })
    model = applyGesture(model, { kind: 'type', id: 'd', text: 'typed' })
    expect(model.blocks).toEqual([
      { id: 'c', text: 'C' },
      { id: 'n', text: '' },
      { id: 'a', text: 'A' },
      { id: 'd', text: 'typed' },
    ])
    expect(model.lastTyped).toBe('d')
  })

  it('undoes one step at a time back to the start; a save changes nothing', () => {
    let model = start()
    model = applyGesture(model, { kind: 'remove', id: 'c' })
    model = applyGesture(model, { kind: 'save' })
    model = applyGesture(model, { kind: 'type', id: 'a', text: 'x' })
    model = applyGesture(model, { kind: 'undo' })
    expect(model.blocks[0]).toEqual({ id: 'a', text: 'A' })
    expect(model.lastTyped).toBeNull()
    model = applyGesture(model, { kind: 'undo' })
    expect(model).toEqual(start())
    expect(() => applyGesture(model, { kind: 'undo' })).toThrow(/nothing to undo/)
  })
})

describe('nextGesture', () => {
  it('replays the same session from the same seed, and keeps within the limits', () => {
    const session = (seed: number) => {
      const random = mulberry32(seed)
      let model = start()
      const gestures = []
      for (let serial = 1; serial <= 300; serial += 1) {
        const gesture = nextGesture(random, model, serial)
        gestures.push(gesture)
        if (gesture.kind === 'type') expect(gesture.id).not.toBe(model.lastTyped)
        if (gesture.kind === 'move') {
          const index = ids(model).indexOf(gesture.id)
          const to = gesture.direction === 'down' ? index + gesture.steps : index - gesture.steps
          expect(to >= 0 && to < model.blocks.length).toBe(true)
        }
        model = applyGesture(model, gesture, { id: `new-${serial}`, text: '' })
        expect(model.blocks.length).toBeGreaterThanOrEqual(DEFAULT_LIMITS.minBlocks)
        expect(model.blocks.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxBlocks)
      }
      return gestures
    }
    const first = session(5)
    expect(session(5)).toEqual(first)
    expect(session(6)).not.toEqual(first)
    const kinds = new Set(first.map((gesture) => gesture.kind))
    expect([...kinds].sort()).toEqual(['insert', 'move', 'remove', 'save', 'type', 'undo'])
  })
})
