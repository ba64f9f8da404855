// A small HTML tokenizer for diffing rich text without a DOM (src/core has none): tags, words,
// whitespace and void elements, each with its raw source so the draft's markup is kept as is.

export type HtmlToken =
  | { type: 'open'; name: string; raw: string }
  | { type: 'close'; name: string; raw: string }
  | { type: 'void'; name: string; raw: string }
  | { type: 'word'; raw: string; text: string }
  | { type: 'space'; raw: string }

const VOID = new Set(['br', 'img', 'hr', 'wbr', 'input', 'source', 'col', 'area', 'embed'])

/** Elements that start a new line of text: a word's innermost one is part of what it is. */
export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'figure',
  'figcaption',
  'section',
  'article',
  'hr',
])

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return Number.isFinite(code) && code > 0 && code < 0x110000
        ? String.fromCodePoint(code)
        : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

const TAG = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)\s*>/

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = []
  let i = 0
  while (i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4)
      i = end < 0 ? html.length : end + 3
      continue
    }
    if (html[i] === '<') {
      const match = TAG.exec(html.slice(i))
      if (match) {
        const raw = match[0]
        const name = (match[2] as string).toLowerCase()
        if (match[1]) tokens.push({ type: 'close', name, raw })
        else if (VOID.has(name) || match[3]) tokens.push({ type: 'void', name, raw })
        else tokens.push({ type: 'open', name, raw })
        i += raw.length
        continue
      }
    }
    // Text up to the next tag, split into words and whitespace.
    let end = html.indexOf('<', i + 1)
    if (end < 0) end = html.length
    for (const piece of html.slice(i, end).match(/\s+|[^\s]+/g) ?? []) {
      if (/^\s+$/.test(piece)) tokens.push({ type: 'space', raw: piece })
      else tokens.push({ type: 'word', raw: piece, text: decodeEntities(piece) })
    }
    i = end
  }
  return tokens
}

/** An attribute's value from a raw tag (`href` of a link), or '' when it has none. */
export function attributeOf(raw: string, name: string): string {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(raw)
  if (!match) return ''
  return decodeEntities(match[2] ?? match[3] ?? match[4] ?? '')
}

/** The text a reader sees: words separated by single spaces, lines of blocks by spaces too. */
export function htmlToPlainText(html: string): string {
  const out: string[] = []
  let gap = false
  for (const token of tokenizeHtml(html)) {
    if (token.type === 'word') {
      if (gap && out.length > 0) out.push(' ')
      out.push(token.text)
      gap = false
    } else if (token.type === 'space' || BLOCK_TAGS.has(token.name) || token.name === 'br') {
      gap = true
    }
  }
  return out.join('')
}
