// Per-key budgets over a rolling minute, reads and writes counted apart (as Basker documents).
// Kept in memory: each server process enforces its own budget.

export type Budget = 'read' | 'write'

export interface RateDecision {
  allowed: boolean
  /** Whole seconds until the oldest counted request leaves the window (≥ 1 when refused). */
  retryAfterSeconds: number
}

const WINDOW_MS = 60_000

export class RateLimiter {
  private readonly hits = new Map<string, number[]>()

  private limits: Record<Budget, number>

  constructor(
    private readonly configured: Record<Budget, number>,
    private readonly now: () => number = Date.now,
  ) {
    this.limits = { ...configured }
  }

  /** Test hook: other limits until the next reset. */
  setLimits(limits: Record<Budget, number>): void {
    this.limits = { ...limits }
    this.hits.clear()
  }

  take(key: string, budget: Budget): RateDecision {
    const at = this.now()
    const id = `${budget}:${key}`
    const recent = (this.hits.get(id) ?? []).filter((t) => t > at - WINDOW_MS)
    if (recent.length >= this.limits[budget]) {
      this.hits.set(id, recent)
      const oldest = recent[0] ?? at
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((oldest + WINDOW_MS - at) / 1000)),
      }
    }
    recent.push(at)
    this.hits.set(id, recent)
    return { allowed: true, retryAfterSeconds: 0 }
  }

  /** Forgets every request and goes back to the configured limits. */
  reset(): void {
    this.limits = { ...this.configured }
    this.hits.clear()
  }
}
