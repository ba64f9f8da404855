// The faults the chaos proxy injects and how one is chosen per request. Pure: the choice depends
// only on the PRNG and the rates, so a seed reproduces the same sequence of faults.
import type { Random } from './prng'

/**
 * Before forwarding: `drop` closes the connection without an answer, `reset` sends a TCP RST,
 * `status500` and `status429` answer for the backend (which never sees the request), `delay`
 * waits, then forwards. After forwarding (the backend did the work, so a write has landed):
 * `truncate` sends half the body, `malformed` sends a body that is not JSON, `lostResponse`
 * closes the connection instead of answering.
 */
export const FAULTS = [
  'delay',
  'drop',
  'reset',
  'status500',
  'status429',
  'truncate',
  'malformed',
  'lostResponse',
] as const
export type FaultKind = (typeof FAULTS)[number]
export type Fault = FaultKind | 'none'

/** The probability of each fault per request; their sum must be at most 1. */
export type FaultRates = Record<FaultKind, number>

export const NO_FAULTS: FaultRates = {
  delay: 0,
  drop: 0,
  reset: 0,
  status500: 0,
  status429: 0,
  truncate: 0,
  malformed: 0,
  lostResponse: 0,
}

/** About one request in three is hit; a third of those land on the backend first. */
export const DEFAULT_RATES: FaultRates = {
  delay: 0.08,
  drop: 0.03,
  reset: 0.03,
  status500: 0.05,
  status429: 0.03,
  truncate: 0.03,
  malformed: 0.03,
  lostResponse: 0.04,
}

/** Faults whose request reaches the backend: the caller cannot know whether a write landed. */
export const AFTER_FORWARD: ReadonlySet<Fault> = new Set(['truncate', 'malformed', 'lostResponse'])

export const checkRates = (rates: FaultRates): FaultRates => {
  let sum = 0
  for (const kind of FAULTS) {
    const rate = rates[kind]
    if (!Number.isFinite(rate) || rate < 0) throw new Error(`fault rate ${kind} must be ≥ 0`)
    sum += rate
  }
  if (sum > 1 + 1e-9) throw new Error(`fault rates add up to ${sum}; at most 1`)
  return rates
}

/** Rates from a partial object (unknown keys refused), e.g. parsed from CHAOS_RATES. */
export const ratesFrom = (partial: unknown, base: FaultRates = DEFAULT_RATES): FaultRates => {
  if (partial === undefined || partial === null) return base
  if (typeof partial !== 'object') throw new Error('fault rates must be an object')
  const rates: FaultRates = { ...base }
  for (const [key, value] of Object.entries(partial)) {
    if (!(FAULTS as readonly string[]).includes(key)) throw new Error(`unknown fault "${key}"`)
    rates[key as FaultKind] = Number(value)
  }
  return checkRates(rates)
}

/** One draw per request, always, so the sequence does not depend on which faults are enabled. */
export const chooseFault = (random: Random, rates: FaultRates): Fault => {
  const draw = random()
  let edge = 0
  for (const kind of FAULTS) {
    edge += rates[kind]
    if (draw < edge) return kind
  }
  return 'none'
}
