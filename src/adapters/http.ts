// The one place that calls fetch. Every request gets a timeout, a response size cap and a typed
// AdapterError for every way it can fail, carrying the backend's own message.
import { AdapterError } from './types'
import type { AdapterErrorDetails, AdapterErrorKind } from './types'

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>

export interface HttpOptions {
  fetch?: FetchLike
  timeoutMs?: number
  maxBytes?: number
  headers?: Record<string, string>
}

export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  body?: unknown
  signal?: AbortSignal
  /** 'text': a successful answer resolves with its text unparsed (large reads are parsed off
   * the main thread, `basker/large-reads.ts`); failures are parsed as always. */
  readAs?: 'json' | 'text'
}

export const DEFAULT_TIMEOUT_MS = 30_000
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024

const STATUS_KINDS: Record<number, AdapterErrorKind> = {
  400: 'bad-request',
  401: 'auth',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'validation',
  422: 'validation',
  429: 'rate-limited',
}

export function kindForStatus(status: number): AdapterErrorKind {
  return STATUS_KINDS[status] ?? (status >= 500 ? 'server' : 'bad-request')
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** The longest backend message shown to the user; a hostile backend could send megabytes. */
export const MAX_MESSAGE_CHARS = 300

function clip(message: string): string {
  return message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS)}…` : message
}

function messageOf(body: unknown, fallback: string): string {
  if (typeof body === 'object' && body !== null) {
    const record = body as Record<string, unknown>
    if (typeof record.message === 'string' && record.message) return clip(record.message)
    if (typeof record.error === 'string' && record.error) return clip(record.error)
    if (typeof record.msg === 'string' && record.msg) return clip(record.msg)
  }
  return clip(fallback)
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel()
    throw new AdapterError('malformed', `Response too large (${declared} bytes)`)
  }
  if (!response.body) return ''
  const reader = response.body.getReader()
  // The chunks are kept and decoded once: appending each decoded chunk built a string of
  // thousands of pieces (a 10,000-block record: ~60 ms to decode, ~50 ms more to flatten when
  // posted to the parsing worker).
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new AdapterError('malformed', `Response larger than ${maxBytes} bytes`)
    }
    chunks.push(value)
  }
  if (chunks.length === 1) return new TextDecoder().decode(chunks[0])
  const whole = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    whole.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(whole)
}

function parseJson(text: string, status: number): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new AdapterError('malformed', `The backend sent invalid JSON (HTTP ${status})`, {
      status,
    })
  }
}

export interface HttpClient {
  /** Sends a JSON request to `path` (appended to the base URL); resolves with the parsed body. */
  request(path: string, init?: HttpRequest): Promise<unknown>
}

export function createHttpClient(baseUrl: string, options: HttpOptions = {}): HttpClient {
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const root = baseUrl.replace(/\/+$/, '')

  return {
    async request(path, init = {}) {
      const controller = new AbortController()
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        controller.abort()
      }, timeoutMs)
      const outer = init.signal
      const forward = () => controller.abort(outer?.reason)
      if (outer?.aborted) forward()
      outer?.addEventListener('abort', forward, { once: true })
      const headers: Record<string, string> = { accept: 'application/json', ...options.headers }
      if (init.body !== undefined) headers['content-type'] = 'application/json'
      const requestInit: RequestInit = {
        method: init.method ?? 'GET',
        headers,
        signal: controller.signal,
      }
      if (init.body !== undefined) requestInit.body = JSON.stringify(init.body)
      try {
        const response = await doFetch(`${root}${path}`, requestInit)
        const text = await readCapped(response, maxBytes)
        if (response.ok) return init.readAs === 'text' ? text : parseJson(text, response.status)
        let body: unknown
        try {
          body = parseJson(text, response.status)
        } catch {
          body = text
        }
        const kind = refusedLogin(response.status, body) ? 'auth' : kindForStatus(response.status)
        const details: AdapterErrorDetails = {
          status: response.status,
          body,
        }
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'))
        if (retryAfterMs !== undefined) details.retryAfterMs = retryAfterMs
        const fallback = `HTTP ${response.status} ${response.statusText}`.trim()
        throw new AdapterError(kind, messageOf(body, fallback), details)
      } catch (error) {
        throw translate(error, { timedOut, outer, timeoutMs })
      } finally {
        clearTimeout(timer)
        outer?.removeEventListener('abort', forward)
      }
    },
  }
}

/**
 * Our server could not log in to the backend for us (503, `errors[0].path` "backend-login"):
 * wrong or missing credentials are final ('auth'), anything else may pass with a retry.
 */
function refusedLogin(status: number, body: unknown): boolean {
  if (status !== 503 || typeof body !== 'object' || body === null) return false
  const errors = (body as { errors?: unknown }).errors
  if (!Array.isArray(errors)) return false
  return errors.some((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return false
    const { path, code } = entry as { path?: unknown; code?: unknown }
    return path === 'backend-login' && (code === 'WRONG_CREDENTIALS' || code === 'NO_CREDENTIALS')
  })
}

function translate(
  error: unknown,
  ctx: { timedOut: boolean; outer: AbortSignal | undefined; timeoutMs: number },
): unknown {
  if (error instanceof AdapterError) return error
  // A caller's own abort (a cancelled query) is not a failure of the backend: pass it on as is.
  if (ctx.outer?.aborted) return ctx.outer.reason ?? error
  if (ctx.timedOut) {
    return new AdapterError('timeout', `The backend did not answer within ${ctx.timeoutMs} ms`)
  }
  if (error instanceof TypeError) {
    return new AdapterError('network', `Network error: ${error.message}`)
  }
  return new AdapterError('network', error instanceof Error ? error.message : String(error))
}
