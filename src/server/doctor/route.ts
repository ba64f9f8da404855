// /api/doctor, for the Connection page: GET runs the read-only checks, POST also the harmless
// write. Admins only. The checks go back through this same app (in-process) with the caller's
// own session, so they meet the guard and the proxy exactly as the editor does.
import { Hono } from 'hono'
import { jsonError } from '../http/errors'
import { runDoctor } from './run'

const FORWARDED = ['cookie', 'x-csrf-token', 'host']

export const createDoctorRoute = (app: () => Pick<Hono, 'fetch'>, origin: () => string): Hono => {
  const route = new Hono()
  const run = (write: boolean) =>
    route.on(write ? 'POST' : 'GET', '/', async (c) => {
      const user = c.get('auth').user
      if (user?.role !== 'admin') {
        return jsonError(c, 403, 'Only an admin may run the connection checks.')
      }
      const headers: Record<string, string> = {}
      for (const name of FORWARDED) {
        const value = c.req.header(name)
        if (value !== undefined) headers[name] = value
      }
      c.header('Cache-Control', 'no-store')
      const checks = await runDoctor(app(), { origin: origin(), headers }, { write })
      return c.json({ checks })
    })
  run(false)
  run(true)
  return route
}
