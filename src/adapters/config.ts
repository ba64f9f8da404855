// The runtime configuration the server publishes at /api/config: which backend the proxy talks
// to and that backend's public settings. Never holds a secret.
import { z } from 'zod'
import { createHttpClient } from './http'
import type { HttpOptions } from './http'
import { BACKEND_IDS } from '../core/backends'
import { AdapterError } from './types'

export const runtimeConfigSchema = z
  .object({
    backend: z.enum(BACKEND_IDS),
    basker: z.object({ tenant: z.string().min(1), apiVersion: z.string().min(1) }).optional(),
  })
  .refine((config) => config.backend !== 'basker' || config.basker !== undefined, {
    message: 'backend "basker" needs basker.tenant and basker.apiVersion',
    path: ['basker'],
  })

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>

export function parseRuntimeConfig(value: unknown): RuntimeConfig {
  const parsed = runtimeConfigSchema.safeParse(value)
  if (!parsed.success) {
    throw new AdapterError('malformed', `Invalid /api/config: ${z.prettifyError(parsed.error)}`)
  }
  return parsed.data
}

export const CONFIG_URL = '/api/config'

export async function loadRuntimeConfig(
  options: HttpOptions & { baseUrl?: string; signal?: AbortSignal } = {},
): Promise<RuntimeConfig> {
  const http = createHttpClient(options.baseUrl ?? '', options)
  const init = options.signal ? { signal: options.signal } : {}
  return parseRuntimeConfig(await http.request(CONFIG_URL, init))
}
