import { describe, expect, it } from 'vitest'
import { checkKragleDefinition, definitionBytes } from './definition'

const valid = {
  io: { input: { text: 'string' }, output: {} },
  actions: [{ action: 'render', action_params: { tag: 'h1' } }, { action: 'noop' }],
  state: { text: 'string' },
  initial_state: { text: '' },
}

describe('checkKragleDefinition', () => {
  it('accepts the documented parts, extra keys included', () => {
    expect(checkKragleDefinition(valid)).toEqual([])
    expect(checkKragleDefinition({ ...valid, description: 'kept' })).toEqual([])
  })

  it('names each missing part', () => {
    expect(checkKragleDefinition({ io: { input: {}, output: {} } })).toEqual([
      { path: 'actions', message: 'actions is missing' },
      { path: 'state', message: 'state is missing' },
      { path: 'initial_state', message: 'initial_state is missing' },
    ])
  })

  it('points at the broken action', () => {
    const broken = { ...valid, actions: [{ action: 'ok' }, { action: '  ' }, 'x'] }
    expect(checkKragleDefinition(broken)).toEqual([
      { path: 'actions[1].action', message: 'action must not be empty' },
      { path: 'actions[2]', message: 'each action must be an object {action, action_params}' },
    ])
  })

  it('refuses non-objects where objects are required', () => {
    expect(checkKragleDefinition([])).toEqual([
      { path: '', message: 'a definition must be a JSON object' },
    ])
    expect(checkKragleDefinition({ ...valid, io: { input: [], output: {} } })).toEqual([
      { path: 'io.input', message: 'io.input must be a JSON object' },
    ])
  })

  it('counts UTF-8 bytes of compact JSON', () => {
    expect(definitionBytes({ a: 'é' })).toBe(10)
  })
})
