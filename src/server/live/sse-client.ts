// A Server-Sent Events reader over fetch, for the live tests and the live load run (Node's
// EventSource is experimental in Node 20 and cannot send a session cookie). It parses the
// stream as it arrives and lets a caller wait for the first event matching a test.
export interface ReceivedEvent {
  event: string
  data: string
  id: string | null
  /** performance.now() when it arrived. */
  at: number
}

export interface SseClient {
  readonly response: Response
  readonly events: ReceivedEvent[]
  /** The first event (from `from` on) that matches, waiting up to `timeoutMs` for it. */
  next(
    match: (event: ReceivedEvent) => boolean,
    options?: { timeoutMs?: number; from?: number },
  ): Promise<ReceivedEvent>
  /** Resolves when the server ends the stream. */
  readonly ended: Promise<void>
  close(): void
}

const parseBlock = (block: string, at: number): ReceivedEvent | null => {
  let event = 'message'
  let id: string | null = null
  const data: string[] = []
  for (const line of block.split('\n')) {
    if (line.startsWith(':') || line === '') continue
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '')
    if (field === 'event') event = value
    else if (field === 'data') data.push(value)
    else if (field === 'id') id = value
  }
  return data.length === 0 ? null : { event, data: data.join('\n'), id, at }
}

export interface SseOptions {
  /** Called with each event as it arrives. */
  onEvent?: (event: ReceivedEvent) => void
  /** Keep every event in `events` (default true; a long load run keeps none). */
  keep?: boolean
}

/** Opens the stream; throws (with the status) when the answer is not an event stream. */
export const openSse = async (
  url: string,
  headers: Record<string, string> = {},
  options: SseOptions = {},
): Promise<SseClient> => {
  const abort = new AbortController()
  const response = await fetch(url, {
    headers: { Accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  })
  if (!response.ok || !response.body) {
    abort.abort()
    throw new Error(`stream ${url}: ${response.status}`)
  }
  return readSse(response, response.body, () => abort.abort(), options)
}

/** Reads an event stream's body (an answer's, or a hub channel's in the hub's own tests). */
export const readSse = (
  response: Response,
  body: ReadableStream<Uint8Array<ArrayBuffer>>,
  close: () => void,
  options: SseOptions = {},
): SseClient => {
  const keep = options.keep ?? true
  const events: ReceivedEvent[] = []
  const waiters = new Set<() => void>()
  const reader = body.pipeThrough(new TextDecoderStream()).getReader()
  let finished = false
  const ended = (async () => {
    let buffer = ''
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        buffer += value.replaceAll('\r\n', '\n')
        let end = buffer.indexOf('\n\n')
        while (end !== -1) {
          const parsed = parseBlock(buffer.slice(0, end), performance.now())
          buffer = buffer.slice(end + 2)
          if (parsed) {
            if (keep) events.push(parsed)
            options.onEvent?.(parsed)
          }
          end = buffer.indexOf('\n\n')
        }
        for (const wake of [...waiters]) wake()
      }
    } catch {
      // Aborted by close(): the stream simply ends.
    } finally {
      finished = true
      for (const wake of [...waiters]) wake()
    }
  })()

  const client: SseClient = {
    response,
    events,
    ended,
    next: (match, options = {}) =>
      new Promise((resolve, reject) => {
        const from = options.from ?? 0
        const check = (): void => {
          const found = events.slice(from).find(match)
          if (found) {
            waiters.delete(check)
            clearTimeout(timer)
            resolve(found)
          } else if (finished) {
            waiters.delete(check)
            clearTimeout(timer)
            reject(new Error('the stream ended without the awaited event'))
          }
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`no matching event within ${options.timeoutMs ?? 5000} ms`))
        }, options.timeoutMs ?? 5000)
        waiters.add(check)
        check()
      }),
    close,
  }
  return client
}
