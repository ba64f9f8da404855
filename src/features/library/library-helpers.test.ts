import { describe, expect, it } from 'vitest'
import { AdapterError } from '../../adapters'
import { jsonErrorOffset } from './json-error-offset'
import { checkDefinitionText, NEW_DEFINITION } from './definition-draft'
import { kragleErrorText } from './kragle-error-text'

describe('checkDefinitionText', () => {
  it('accepts the starting definition', () => {
    expect(checkDefinitionText(NEW_DEFINITION).ok).toBe(true)
  })

  it('names the line of a JSON mistake', () => {
    const result = checkDefinitionText('{\n  "io": {},\n  "actions": [,]\n}')
    expect(result).toEqual({
      ok: false,
      problems: [{ where: 'line 3', message: expect.stringMatching(/^Not valid JSON: /) }],
    })
  })

  it('lists structure problems by path', () => {
    const result = checkDefinitionText('{"io": {"input": {}, "output": {}}, "actions": [{}]}')
    expect(result).toEqual({
      ok: false,
      problems: [
        { where: 'actions[0].action', message: 'actions[0].action is missing' },
        { where: 'state', message: 'state is missing' },
        { where: 'initial_state', message: 'initial_state is missing' },
      ],
    })
  })

  it('refuses more than 64 KB', () => {
    const big = JSON.stringify({ ...JSON.parse(NEW_DEFINITION), pad: 'x'.repeat(66_000) })
    expect(checkDefinitionText(big)).toEqual({
      ok: false,
      problems: [{ where: '', message: 'The definition is 65 KB; Kragle allows at most 64 KB.' }],
    })
  })
})

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": [1, 2]}', null],
    ['{"a": [1,]}', 9],
    ['{"a" 1}', 5],
    ['[1] x', 4],
    ['"\\q"', 0],
    ['{"a": tru}', 6],
  ])('%s → %s', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset)
  })
})

describe('kragleErrorText', () => {
  it('turns a Kragle code into a sentence and keeps the message as the detail', () => {
    const error = new AdapterError('validation', 'A block type with this name already exists.', {
      status: 500,
      body: { code: 5, msg: 'Name "x" is taken.' },
    })
    expect(kragleErrorText(error)).toEqual({
      sentence: 'A block type with this name already exists.',
      detail: 'Name "x" is taken.',
    })
  })

  it('falls back to the message without a code', () => {
    expect(kragleErrorText(new AdapterError('network', 'Offline'))).toEqual({
      sentence: 'Offline',
      detail: null,
    })
  })
})
