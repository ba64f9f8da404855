/** Hono variables of the Basker reference routes. */
export interface BaskerEnv {
  Variables: {
    requestId: string
    keyHash: string
    tenant: string
  }
}
