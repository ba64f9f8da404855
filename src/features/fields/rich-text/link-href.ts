// Which link addresses rich text may hold: web (http, https), mail, telephone and addresses on
// this site (relative). Anything else (javascript:, data:, vbscript:) is refused with a reason.
export type HrefCheck = { ok: true; href: string } | { ok: false; error: string }

const ALLOWED_SCHEME = /^(https?:|mailto:|tel:)/i
const RELATIVE = /^(\/|#|\?|\.\.?\/)/
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i

export function checkHref(raw: string): HrefCheck {
  const href = raw.trim()
  if (href === '') return { ok: false, error: 'Enter an address.' }
  if (/[\s<>"]/.test(href)) return { ok: false, error: 'An address has no spaces or quotes.' }
  if (ALLOWED_SCHEME.test(href) || RELATIVE.test(href)) return { ok: true, href }
  if (ANY_SCHEME.test(href) && !/^[a-z0-9.-]+:\d+/i.test(href))
    return { ok: false, error: 'Only http, https, mailto and tel links, or a path on this site.' }
  // A bare host ("example.org/page") is a web address.
  return { ok: true, href: `https://${href}` }
}

/** Only web, mail and relative links; anything else (javascript:, data:) becomes ''. */
export function safeHref(raw: string): string {
  const checked = checkHref(raw)
  return checked.ok ? checked.href : ''
}
