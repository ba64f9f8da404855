// Checking a block type's definition as POST/PUT /blocktypes and /validate/blocktypes do: a JSON
// object (or, with is_remote, a URL resolved to one), at most 64 KB, with the block definition
// structure (core/kragle/definition.ts; broken structure is code 9).
import {
  checkKragleDefinition,
  definitionBytes,
  KRAGLE_DEFINITION_MAX_BYTES,
} from '../../../core/kragle/definition'
import { fail, KRAGLE_CODES } from './errors'
import { isObject } from './params'
import { resolveRemote, remoteUrl } from './remote'
import type { RemoteOptions } from './remote'

export interface CheckedDefinition {
  definitionJson: string
  resolvedJson: string
}

export const checkDefinition = async (
  definition: unknown,
  isRemote: boolean,
  remote: RemoteOptions,
): Promise<CheckedDefinition> => {
  if (typeof definition === 'string') {
    if (!isRemote) {
      return fail(KRAGLE_CODES.badPayload, 'A uri definition needs is_remote: true.')
    }
    remoteUrl(definition)
  } else if (isRemote) {
    return fail(KRAGLE_CODES.badPayload, 'is_remote: true needs a uri as the definition.')
  } else if (!isObject(definition)) {
    return fail(KRAGLE_CODES.badPayload, 'definition must be a JSON object or a uri.')
  }
  if (definitionBytes(definition) > KRAGLE_DEFINITION_MAX_BYTES) {
    return fail(
      KRAGLE_CODES.badPayload,
      `The definition is larger than ${KRAGLE_DEFINITION_MAX_BYTES / 1024} KB.`,
    )
  }
  const resolved =
    typeof definition === 'string' ? await resolveRemote(definition, remote) : definition
  const problems = checkKragleDefinition(resolved)
  if (problems.length > 0) {
    const list = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))
    return fail(KRAGLE_CODES.invalidStructure, `Invalid block structure: ${list.join('; ')}.`)
  }
  return { definitionJson: JSON.stringify(definition), resolvedJson: JSON.stringify(resolved) }
}
