// Remote block definitions (`is_remote: true`): the definition is a URL the server fetches. Only
// hosts on KRAGLE_REMOTE_ALLOW (empty by default: nothing is fetched) are contacted, redirects are
// not followed (one could lead off the list), and the answer is cut off after a timeout and at the
// definition size limit. Every failure is code 7 with the reason.
import { KRAGLE_DEFINITION_MAX_BYTES } from '../../../core/kragle/definition'
import { fail, KRAGLE_CODES } from './errors'

export interface RemoteOptions {
  /** `host` or `host:port` entries, lower case. */
  allow: readonly string[]
  timeoutMs: number
  maxBytes?: number
}

const refuse = (msg: string): never => fail(KRAGLE_CODES.remoteNotJson, msg)

export const remoteUrl = (uri: string): URL => {
  let url: URL
  try {
    url = new URL(uri)
  } catch {
    return fail(KRAGLE_CODES.badPayload, 'A remote definition must be an http:// or https:// URL.')
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) {
    return fail(
      KRAGLE_CODES.badPayload,
      'A remote definition must be an http:// or https:// URL without credentials.',
    )
  }
  return url
}

export const hostAllowed = (url: URL, allow: readonly string[]): boolean =>
  allow.includes(url.host.toLowerCase()) || allow.includes(url.hostname.toLowerCase())

const readCapped = async (response: Response, max: number): Promise<string> => {
  const reader = response.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength
    if (size > max) {
      await reader.cancel()
      return refuse(`The remote definition is larger than ${max} bytes.`)
    }
    chunks.push(part.value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Fetches and parses a remote definition (its structure is checked by the caller). */
export const resolveRemote = async (uri: string, options: RemoteOptions): Promise<unknown> => {
  const url = remoteUrl(uri)
  if (!hostAllowed(url, options.allow)) {
    return refuse(
      `Remote definitions are only read from allowed hosts; ${url.host} is not one of them.`,
    )
  }
  const max = options.maxBytes ?? KRAGLE_DEFINITION_MAX_BYTES
  const signal = AbortSignal.timeout(options.timeoutMs)
  let text: string
  try {
    const response = await fetch(url, { redirect: 'manual', signal })
    if (response.status !== 200) {
      await response.body?.cancel()
      return refuse(`The remote definition answered HTTP ${response.status}, not JSON.`)
    }
    text = await readCapped(response, max)
  } catch (error) {
    if (error instanceof Error && error.name === 'KragleError') throw error
    const timedOut = error instanceof Error && error.name === 'TimeoutError'
    return refuse(
      timedOut
        ? `The remote definition did not answer within ${options.timeoutMs} ms.`
        : 'The remote definition could not be fetched.',
    )
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    return refuse('The remote definition is not JSON.')
  }
}
