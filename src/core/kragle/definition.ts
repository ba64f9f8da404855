// The structure of a Kragle block type definition, shared by the reference backend (which refuses
// a definition that breaks it with code 9) and the block library's JSON editor (which checks it
// as the user types). Kragle documents the parts: `io{input, output}`, `actions[]` of
// `{action, action_params}`, `state`, `initial_state`; the exact shapes inside are ours (see
// src/adapters/kragle/README.md): every part is required, the four containers are JSON objects
// (actions an array), an action names itself with a non-empty string. Extra keys are kept.
import { z } from 'zod'

/** A definition may be at most this many bytes of JSON (Kragle's documented 64 KB). */
export const KRAGLE_DEFINITION_MAX_BYTES = 64 * 1024

const jsonObject = (what: string) =>
  z.record(z.string(), z.unknown(), { error: `${what} must be a JSON object` })

const action = z.looseObject(
  {
    action: z
      .string({ error: 'action must be a string naming the action' })
      .trim()
      .min(1, { error: 'action must not be empty' }),
    action_params: jsonObject('action_params').optional(),
  },
  { error: 'each action must be an object {action, action_params}' },
)

export const kragleDefinitionSchema = z.looseObject(
  {
    io: z.looseObject(
      { input: jsonObject('io.input'), output: jsonObject('io.output') },
      { error: 'io must be an object {input, output}' },
    ),
    actions: z.array(action, { error: 'actions must be an array' }),
    state: jsonObject('state'),
    initial_state: jsonObject('initial_state'),
  },
  { error: 'a definition must be a JSON object' },
)

export type KragleDefinition = z.infer<typeof kragleDefinitionSchema>

export interface DefinitionProblem {
  /** Where, e.g. `actions[1].action`; empty for the whole definition. */
  path: string
  message: string
}

const pathText = (path: readonly PropertyKey[]): string =>
  path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('')

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown => {
  let current: unknown = root
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<PropertyKey, unknown>)[part]
  }
  return current
}

/** Every way `value` breaks the definition structure; empty when it is a valid definition. */
export function checkKragleDefinition(value: unknown): DefinitionProblem[] {
  const parsed = kragleDefinitionSchema.safeParse(value)
  if (parsed.success) return []
  return parsed.error.issues.map((issue) => {
    const path = pathText(issue.path)
    // A missing part reads better named than as "expected object, received undefined".
    const missing =
      issue.code === 'invalid_type' &&
      issue.path.length > 0 &&
      valueAt(value, issue.path) === undefined
    return { path, message: missing ? `${path} is missing` : issue.message }
  })
}

/** The size Kragle counts: the definition as compact JSON, in UTF-8 bytes. */
export const definitionBytes = (definition: unknown): number =>
  new TextEncoder().encode(JSON.stringify(definition) ?? '').length
