// The chaos session's gestures and the model that predicts their result, kept apart from the
// browser: the spec asks `nextGesture` what to do, does it in the editor, and tells the model
// (`applyGesture`) what happened. The model is a flat list of blocks (id + the one text field the
// session types into) with an undo stack of whole snapshots, which is what the editor's undo
// promises: each step restores the document as it was before that step.
import { intBetween, pick, type Random } from './prng'

export interface ModelBlock {
  id: string
  text: string
}

export type Gesture =
  | { kind: 'move'; id: string; direction: 'up' | 'down'; steps: number }
  | { kind: 'insert'; anchorId: string }
  | { kind: 'remove'; id: string }
  | { kind: 'type'; id: string; text: string }
  | { kind: 'undo' }
  | { kind: 'save' }

export interface ChaosModel {
  blocks: ModelBlock[]
  /** Snapshots before each undoable step, newest last. */
  history: ModelBlock[][]
  /**
   * The block typed into by the last undoable step, if that step was typing: the editor folds a
   * second edit of the same field within a second into the first step, so the generator never
   * types into it right away (that would make the undo stack depend on timing).
   */
  lastTyped: string | null
}

export interface GestureLimits {
  minBlocks: number
  maxBlocks: number
  maxSteps: number
}

export const DEFAULT_LIMITS: GestureLimits = { minBlocks: 3, maxBlocks: 16, maxSteps: 3 }

export const createModel = (blocks: ModelBlock[]): ChaosModel => ({
  blocks: blocks.map((block) => ({ ...block })),
  history: [],
  lastTyped: null,
})

const WEIGHTS: readonly [Gesture['kind'], number][] = [
  ['move', 26],
  ['type', 24],
  ['insert', 14],
  ['remove', 10],
  ['undo', 14],
  ['save', 12],
]

const possible = (model: ChaosModel, kind: Gesture['kind'], limits: GestureLimits): boolean => {
  const count = model.blocks.length
  switch (kind) {
    case 'move':
      return count >= 2
    case 'insert':
      return count < limits.maxBlocks
    case 'remove':
      return count > limits.minBlocks
    case 'type':
      return model.blocks.some((block) => block.id !== model.lastTyped)
    case 'undo':
      return model.history.length > 0
    case 'save':
      return true
  }
}

/** The next gesture, drawn from `random` given the model (so a seed replays the same session). */
export const nextGesture = (
  random: Random,
  model: ChaosModel,
  serial: number,
  limits: GestureLimits = DEFAULT_LIMITS,
): Gesture => {
  const choices = WEIGHTS.filter(([kind]) => possible(model, kind, limits))
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0)
  let draw = random() * total
  let kind: Gesture['kind'] = 'save'
  for (const [candidate, weight] of choices) {
    kind = candidate
    draw -= weight
    if (draw < 0) break
  }
  const blocks = model.blocks
  switch (kind) {
    case 'move': {
      const index = intBetween(random, 0, blocks.length - 1)
      const room = { up: index, down: blocks.length - 1 - index }
      const direction =
        room.down === 0 ? 'up' : room.up === 0 ? 'down' : pick(random, ['up', 'down'] as const)
      const steps = intBetween(random, 1, Math.min(limits.maxSteps, room[direction]))
      return { kind, id: blocks[index]?.id ?? '', direction, steps }
    }
    case 'insert':
      return { kind, anchorId: pick(random, blocks).id }
    case 'remove':
      return { kind, id: pick(random, blocks).id }
    case 'type': {
      const target = pick(
        random,
        blocks.filter((block) => block.id !== model.lastTyped),
      )
      return { kind, id: target.id, text: `Chaos ${serial} ${Math.floor(random() * 1e6)}` }
    }
    case 'undo':
      return { kind }
    case 'save':
      return { kind }
  }
}

const indexOf = (blocks: ModelBlock[], id: string): number => {
  const index = blocks.findIndex((block) => block.id === id)
  if (index < 0) throw new Error(`the model has no block ${id}`)
  return index
}

/**
 * The model after a gesture. `inserted` is the block the editor made for an insert (its id is
 * chosen by the editor; its text is the block type's default).
 */
export const applyGesture = (
  model: ChaosModel,
  gesture: Gesture,
  inserted?: ModelBlock,
): ChaosModel => {
  const before = model.blocks
  const blocks = before.map((block) => ({ ...block }))
  const step = (next: ModelBlock[], lastTyped: string | null = null): ChaosModel => ({
    blocks: next,
    history: [...model.history, before],
    lastTyped,
  })
  switch (gesture.kind) {
    case 'move': {
      const from = indexOf(blocks, gesture.id)
      const [moved] = blocks.splice(from, 1)
      if (!moved) throw new Error('nothing to move')
      const to = gesture.direction === 'down' ? from + gesture.steps : from - gesture.steps
      blocks.splice(to, 0, moved)
      return step(blocks)
    }
    case 'insert': {
      if (!inserted) throw new Error('an insert needs the inserted block')
      blocks.splice(indexOf(blocks, gesture.anchorId) + 1, 0, { ...inserted })
      return step(blocks)
    }
    case 'remove':
      blocks.splice(indexOf(blocks, gesture.id), 1)
      return step(blocks)
    case 'type': {
      const target = blocks[indexOf(blocks, gesture.id)]
      if (target) target.text = gesture.text
      return step(blocks, gesture.id)
    }
    case 'undo': {
      const previous = model.history.at(-1)
      if (!previous) throw new Error('nothing to undo')
      return { blocks: previous, history: model.history.slice(0, -1), lastTyped: null }
    }
    case 'save':
      return model
  }
}
