// A medium (an upload field's value) as a picture. A populated medium carries its own address
// (`url`, `src`, a size's `url`): that is drawn when it is a web or same-site address. A bare id
// has no address the editor could know (no backend here documents a media endpoint), so the
// picture is drawn from its name: a calm placeholder with the medium's title, never its id.
import { isPlainObject } from '../../core'
import { humanize, ownName, referenceId } from './values'

export interface MediaPicture {
  src: string
  alt: string
  /** True when `src` is the medium's own file; false for the drawn placeholder. */
  real: boolean
}

/**
 * Only absolute https addresses are loaded: a relative path belongs to the backend's host, not
 * to the editor's (loading it here would ask the editor's server), and http is refused by the
 * page's policy. Never javascript: or data: from a value.
 */
export function safeImageSrc(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const src = raw.trim()
  return /^https:\/\/[^\s"'<>]+$/i.test(src) ? src : null
}

/** The file name of an address ("/media/home-hero.jpg" → "Home hero"), for a title. */
export function fileTitle(raw: unknown): string {
  if (typeof raw !== 'string') return ''
  const name = raw.split(/[?#]/)[0]?.split('/').pop() ?? ''
  return humanize(name.replace(/\.[a-z0-9]{2,5}$/i, ''))
}

function ownAddress(value: Record<string, unknown>): string | null {
  for (const key of ['url', 'src', 'thumbnailURL', 'thumbnailUrl']) {
    const src = safeImageSrc(value[key])
    if (src) return src
  }
  const sizes = value.sizes
  if (isPlainObject(sizes)) {
    for (const size of Object.values(sizes)) {
      if (isPlainObject(size)) {
        const src = safeImageSrc(size.url)
        if (src) return src
      }
    }
  }
  return null
}

/** What to call a medium: its own name, its title from a listing, a readable id, or a noun. */
export function mediaTitle(value: unknown, listedTitle?: string): string {
  return ownName(value) || listedTitle || humanize(referenceId(value)) || 'Image'
}

export function mediaPicture(value: unknown, listedTitle?: string): MediaPicture | null {
  const inner = isPlainObject(value) && 'relationTo' in value ? value.value : value
  if (referenceId(inner) === '' && !isPlainObject(inner)) return null
  const alt = mediaTitle(inner, listedTitle)
  const own = isPlainObject(inner) ? ownAddress(inner) : null
  if (own) return { src: own, alt, real: true }
  return { src: placeholderSrc(alt, referenceId(inner)), alt, real: false }
}

const PALETTE = [
  ['#dbeafe', '#1e3a8a'],
  ['#dcfce7', '#14532d'],
  ['#fef3c7', '#78350f'],
  ['#fce7f3', '#831843'],
  ['#e0e7ff', '#312e81'],
  ['#ccfbf1', '#134e4a'],
] as const

function hash(text: string): number {
  let h = 0
  for (let i = 0; i < text.length; i += 1) h = (h * 31 + text.charCodeAt(i)) >>> 0
  return h
}

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  )
}

/** An SVG picture (a landscape glyph and the title), coloured by the id so media differ. */
export function placeholderSrc(title: string, seed: string): string {
  const [background, ink] = PALETTE[hash(seed || title) % PALETTE.length] ?? PALETTE[0]
  const label = escapeXml(title.length > 28 ? `${title.slice(0, 27)}…` : title)
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">` +
    `<rect width="640" height="360" fill="${background}"/>` +
    `<path d="M0 300 L170 170 L290 270 L400 190 L640 330 L640 360 L0 360Z" fill="${ink}" opacity=".18"/>` +
    `<circle cx="505" cy="95" r="38" fill="${ink}" opacity=".22"/>` +
    `<text x="320" y="188" font-family="system-ui,sans-serif" font-size="30" fill="${ink}" ` +
    `text-anchor="middle">${label}</text></svg>`
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
