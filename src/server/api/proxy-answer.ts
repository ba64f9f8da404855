// A backend's answer is data, never a page of ours: only JSON (and the media types the backend
// declares) keep their type; anything else is handed over as an attachment. Every answer is
// sandboxed and unsniffable. A backend that echoes its credential, in any encoding it could use,
// gets it cut out (plain text) or its answer withheld (encoded forms, which cannot be cut cleanly).

export const ANSWER_CSP = "sandbox; default-src 'none'; frame-ancestors 'none'"

const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json$/

const essence = (contentType: string): string =>
  (contentType.split(';')[0] ?? '').trim().toLowerCase()

/** The type an answer may keep, or null when it must go out as an attachment. */
export const allowedType = (
  contentType: string | null,
  mediaTypes: readonly string[],
): string | null => {
  if (contentType === null) return null
  const type = essence(contentType)
  return JSON_TYPE.test(type) || mediaTypes.includes(type) ? contentType : null
}

/** Headers every proxied answer carries. */
export const answerHeaders = (
  headers: Headers,
  keptType: string | null,
  hadType: boolean,
): void => {
  headers.set('Content-Security-Policy', ANSWER_CSP)
  headers.set('X-Content-Type-Options', 'nosniff')
  if (keptType !== null) headers.set('Content-Type', keptType)
  else if (hadType) {
    headers.set('Content-Type', 'application/octet-stream')
    headers.set('Content-Disposition', 'attachment; filename="backend-answer"')
  }
}

/** The forms of a secret a backend could echo: plain, URL- and JSON-escaped, hex, base64. */
const base64Cores = (secret: Buffer): string[] => {
  const cores: string[] = []
  for (let offset = 0; offset < 3; offset += 1) {
    const encoded = Buffer.concat([Buffer.alloc(offset), secret])
      .toString('base64')
      .replace(/=+$/, '')
    // Drop the characters that mix with bytes before and after the secret.
    const core = encoded.slice(offset === 0 ? 0 : 4, encoded.length - 4)
    if (core.length >= 8) {
      cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'))
    }
  }
  return cores
}

const encodedForms = (secret: string): string[] => {
  const bytes = Buffer.from(secret, 'utf8')
  return [
    encodeURIComponent(secret),
    bytes.toString('hex'),
    bytes.toString('hex').toUpperCase(),
    ...base64Cores(bytes),
  ].filter((form) => form !== secret)
}

/** Undoes %XX and \uXXXX escapes, so an escaped echo is seen as the plain secret. */
const unescaped = (text: string): string =>
  text
    .replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

export interface SecretCheck {
  /** True when the text (already redacted) still holds a secret in an encoded form. */
  encoded(text: string): boolean
  /** The text with every plain occurrence replaced. */
  redact(text: string): string
  plainIn(text: string): boolean
}

export const secretCheck = (secrets: readonly string[]): SecretCheck => {
  // Short values (a user name, a scheme word) would match everywhere and prove nothing.
  const kept = [...new Set(secrets.filter((secret) => secret.length >= 8))]
  const forms = kept.flatMap(encodedForms)
  const plainIn = (text: string): boolean => kept.some((secret) => text.includes(secret))
  return {
    plainIn,
    encoded: (text) =>
      forms.some((form) => text.includes(form)) || (/%|\\u/.test(text) && plainIn(unescaped(text))),
    redact: (text) => kept.reduce((out, secret) => out.split(secret).join('[redacted]'), text),
  }
}
