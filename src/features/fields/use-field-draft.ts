// The text a user is typing into a field, which may not (yet) be a valid value. Valid text is
// sent at once through onChange; invalid text stays here with its message and is never sent.
// When the value changes from elsewhere (undo, another tab), the text follows it.
import { useState } from 'react'
import { deepEqual, validateFieldValue } from '../../core'
import type { FieldSchema } from '../../core'
import type { RawCodec } from './field-parsers'

interface DraftState {
  raw: string
  error: string | null
  /** The value the draft was last reconciled with. */
  source: unknown
}

export interface FieldDraft {
  raw: string
  error: string | null
  setRaw(raw: string): void
}

export function useFieldDraft(
  field: FieldSchema,
  value: unknown,
  codec: RawCodec,
  onChange: (value: unknown) => void,
): FieldDraft {
  const [state, setState] = useState<DraftState>(() => ({
    raw: codec.format(value),
    error: null,
    source: value,
  }))

  let current = state
  if (!Object.is(state.source, value)) {
    const parsed = codec.parse(state.raw)
    // Our own change coming back keeps the text as typed ("1." stays "1.", not "1").
    const echo = parsed.ok && deepEqual(parsed.value, value)
    current = echo
      ? { ...state, source: value }
      : { raw: codec.format(value), error: null, source: value }
    setState(current)
  }

  const setRaw = (raw: string) => {
    const parsed = codec.parse(raw)
    const error = parsed.ok ? validateFieldValue(field, parsed.value) : parsed.error
    setState((s) => ({ ...s, raw, error }))
    if (parsed.ok && error === null && !deepEqual(parsed.value, value)) onChange(parsed.value)
  }

  return { raw: current.raw, error: current.error, setRaw }
}
