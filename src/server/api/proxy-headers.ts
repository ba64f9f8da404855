// Which request headers the proxy forwards and which answer headers it passes back. The browser's
// credentials, hop-by-hop headers (and any header Connection names), method overrides and
// forwarding headers never reach the backend: the backend must see the request the guard judged.

const DROPPED = new Set([
  'authorization',
  'cookie',
  'x-api-key',
  'x-user-token',
  'x-csrf-token',
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'content-length',
  // Node answers 100-continue itself; fetch refuses to send the header on.
  'expect',
  // fetch negotiates and decodes compression itself.
  'accept-encoding',
  'origin',
  'referer',
  // Method overrides would let a backend do something else than the method the guard judged.
  'x-http-method-override',
  'x-http-method',
  'x-method-override',
  'x-original-method',
  'x-original-url',
  'x-rewrite-url',
  // Where the request came from is ours to say (and we say nothing).
  'forwarded',
  'via',
  'x-real-ip',
  'client-ip',
  'true-client-ip',
  'cf-connecting-ip',
])

const DROPPED_PREFIXES = ['proxy-', 'x-forwarded-']

/** The headers to send to the backend: everything the browser sent minus the above. */
export const forwardHeaders = (incoming: Headers): Headers => {
  const named = new Set(
    (incoming.get('connection') ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== ''),
  )
  const headers = new Headers()
  incoming.forEach((value, name) => {
    const lower = name.toLowerCase()
    if (DROPPED.has(lower) || named.has(lower)) return
    if (DROPPED_PREFIXES.some((prefix) => lower.startsWith(prefix))) return
    headers.set(name, value)
  })
  return headers
}

/** Query parameters some frameworks read as the method; dropped like the override headers. */
export const OVERRIDE_PARAMS = ['_method', 'x-http-method-override']

/** Answer headers worth passing back; everything else (Set-Cookie above all) stays behind. */
export const PASSED_BACK = [
  'content-type',
  'retry-after',
  'x-request-id',
  'etag',
  'last-modified',
  'cache-control',
]
