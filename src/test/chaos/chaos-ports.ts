// Where the chaos run's servers listen, relative to E2E_PORT: each backend's editor on its own
// port (clear of the e2e servers at +0…+40) and its fault proxy five above. Shared by
// playwright.config.ts, chaos-server.ts and the spec, so the ports are named once.

/** The backends the chaos run covers. Adding one: a line here and a profile in e2e/chaos. */
export const CHAOS_OFFSETS = { basker: 50, tines: 60 } as const
export type ChaosBackend = keyof typeof CHAOS_OFFSETS
export const CHAOS_BACKENDS = Object.keys(CHAOS_OFFSETS) as ChaosBackend[]

export const isChaosBackend = (name: string): name is ChaosBackend => name in CHAOS_OFFSETS

export const chaosPorts = (basePort: number, backend: ChaosBackend) => {
  const app = basePort + CHAOS_OFFSETS[backend]
  return { app, proxy: app + 5 }
}
