// Slows password guessing: after `limit` failed logins for one address within `windowMs`, further
// attempts for that address are refused until the oldest failure leaves the window. In memory:
// a restart forgets, which is acceptable next to Argon2's cost per guess.

export interface LoginThrottle {
  /** Milliseconds to wait before the next attempt for this e-mail; 0 when allowed. */
  waitMs(email: string, now?: number): number
  failed(email: string, now?: number): void
  succeeded(email: string): void
}

export const createLoginThrottle = (
  limit = 10,
  windowMs = 15 * 60_000,
  maxTracked = 10_000,
): LoginThrottle => {
  const failures = new Map<string, number[]>()
  const recent = (email: string, now: number): number[] => {
    const kept = (failures.get(email) ?? []).filter((at) => now - at < windowMs)
    if (kept.length === 0) failures.delete(email)
    else failures.set(email, kept)
    return kept
  }
  return {
    waitMs(email, now = Date.now()) {
      const kept = recent(email, now)
      const oldest = kept[0]
      return kept.length >= limit && oldest !== undefined ? windowMs - (now - oldest) : 0
    },
    failed(email, now = Date.now()) {
      const kept = recent(email, now)
      failures.delete(email)
      failures.set(email, [...kept, now])
      // Guessing across endless made-up addresses must not grow the map without bound: forget
      // the addresses whose last failure is oldest (a Map iterates in insertion order).
      for (const stale of failures.keys()) {
        if (failures.size <= maxTracked) break
        failures.delete(stale)
      }
    },
    succeeded(email) {
      failures.delete(email)
    },
  }
}
