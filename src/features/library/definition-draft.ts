// The JSON editor's text, checked as the user types: JSON syntax first (with the line of the
// mistake), then the block definition structure, then the 64 KB limit. Pure, so it is unit-tested.
import {
  checkKragleDefinition,
  definitionBytes,
  KRAGLE_DEFINITION_MAX_BYTES,
} from '../../core/kragle/definition'
import { jsonErrorOffset } from './json-error-offset'

export interface DraftProblem {
  /** `line 3`, `actions[1].action`, or empty for the whole definition. */
  where: string
  message: string
}

export type DraftCheck = { ok: true; value: unknown } | { ok: false; problems: DraftProblem[] }

/** The 1-based line of a character offset in `text`. */
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length

const syntaxProblem = (text: string, error: unknown): DraftProblem => {
  const offset = jsonErrorOffset(text)
  const reason = error instanceof Error ? error.message : 'The text is not JSON.'
  return {
    where: offset === null ? '' : `line ${lineOf(text, offset)}`,
    message: `Not valid JSON: ${reason}`,
  }
}

export function checkDefinitionText(text: string): DraftCheck {
  if (text.trim() === '') {
    return { ok: false, problems: [{ where: '', message: 'The definition is empty.' }] }
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error)] }
  }
  const problems: DraftProblem[] = checkKragleDefinition(value).map((p) => ({
    where: p.path,
    message: p.message,
  }))
  const bytes = definitionBytes(value)
  if (bytes > KRAGLE_DEFINITION_MAX_BYTES) {
    problems.push({
      where: '',
      message: `The definition is ${Math.ceil(bytes / 1024)} KB; Kragle allows at most 64 KB.`,
    })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value }
}

/** A starting point for a new block type: every required part, empty. */
export const NEW_DEFINITION = `{
  "io": { "input": {}, "output": {} },
  "actions": [{ "action": "render", "action_params": {} }],
  "state": {},
  "initial_state": {}
}
`
