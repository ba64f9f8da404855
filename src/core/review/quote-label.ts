// A block's label inside one pair of curly quotes, for sentences such as "Moved “Intro”". A
// label that is itself a quotation (a quote block's text, “The most…”) keeps only our pair.
const OPENING = /^\s*["“”„«‘’‚']\s*/
const CLOSING = /\s*["”“»’‘']\s*(…?)\s*$/

export function quoted(label: string): string {
  let inner = label.trim()
  if (OPENING.test(inner)) {
    inner = inner.replace(OPENING, '')
    // A clipped label ends in "…" after (or instead of) its closing quote.
    inner = inner.replace(CLOSING, '$1')
  }
  return `“${inner}”`
}
