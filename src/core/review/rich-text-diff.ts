// Word-level diff of rich text, shown rendered: the draft's markup with new words wrapped in
// <ins> and removed words put back in <del> where they stood, in their old marks (bold, a link).
// Words compare by their text, their marks and the kind of line they sit in, so making a word
// bold or turning a paragraph into a heading shows as a change too.
import { diffArrays } from 'diff'
import { BLOCK_TAGS, attributeOf, tokenizeHtml } from './html-tokens'
import type { HtmlToken } from './html-tokens'

interface Mark {
  name: string
  raw: string
}

interface Unit {
  key: string
  raw: string
  /** Index of the token in its side's token list. */
  token: number
  marks: readonly Mark[]
  /** Which line (block element) of its side it sits in. */
  line: number
  space: boolean
}

const ALIASES: Record<string, string> = { b: 'strong', i: 'em', strike: 's' }

function markKey(mark: Mark): string {
  const name = ALIASES[mark.name] ?? mark.name
  return name === 'a' ? `a(${attributeOf(mark.raw, 'href')})` : name
}

function unitsOf(tokens: readonly HtmlToken[]): Unit[] {
  const units: Unit[] = []
  let marks: Mark[] = []
  const lines: string[] = []
  let line = 0
  tokens.forEach((token, index) => {
    if (token.type === 'open' || token.type === 'close') {
      if (BLOCK_TAGS.has(token.name)) {
        line += 1
        if (token.type === 'open') lines.push(token.name)
        else lines.splice(lines.lastIndexOf(token.name), 1)
      } else if (token.type === 'open') {
        marks = [...marks, { name: token.name, raw: token.raw }]
      } else {
        const at = marks.map((m) => m.name).lastIndexOf(token.name)
        if (at >= 0) marks = [...marks.slice(0, at), ...marks.slice(at + 1)]
      }
      return
    }
    const where = `${marks.map(markKey).join('>')}|${lines[lines.length - 1] ?? ''}`
    if (token.type === 'space') {
      units.push({ key: ' ', raw: token.raw, token: index, marks, line, space: true })
    } else if (token.type === 'word') {
      units.push({
        key: `w:${token.text}|${where}`,
        raw: token.raw,
        token: index,
        marks,
        line,
        space: false,
      })
    } else {
      const src = token.name === 'img' ? attributeOf(token.raw, 'src') : ''
      units.push({
        key: `v:${token.name}:${src}|${where}`,
        raw: token.raw,
        token: index,
        marks,
        line,
        space: false,
      })
    }
  })
  return units
}

const sameMarks = (a: readonly Mark[], b: readonly Mark[]) =>
  a.length === b.length && a.every((mark, i) => mark.raw === b[i]?.raw)

/**
 * Removed words as they looked: each run inside its old marks (but those already open where
 * they are put back, so a link never lands inside a link), lines joined by a space.
 */
function deletedHtml(units: readonly Unit[], open: readonly string[]): string {
  if (units.every((unit) => unit.space)) return ''
  let html = ''
  let i = 0
  while (i < units.length) {
    const first = units[i] as Unit
    if (i > 0 && first.line !== (units[i - 1] as Unit).line && !first.space) html += ' '
    let text = ''
    let j = i
    while (j < units.length && sameMarks((units[j] as Unit).marks, first.marks)) {
      if (j > i && (units[j] as Unit).line !== (units[j - 1] as Unit).line) text += ' '
      text += (units[j] as Unit).raw
      j += 1
    }
    const marks = first.marks.filter((m) => !open.includes(m.name))
    const start = marks.map((m) => m.raw).join('')
    const end = [...marks]
      .reverse()
      .map((m) => `</${m.name}>`)
      .join('')
    html += start + text + end
    i = j
  }
  return `<del>${html}</del>`
}

export interface RichTextDiff {
  /** The draft's HTML with <ins> and <del> marking the changes. Not sanitised. */
  html: string
  /** True when any word, mark or line kind differs. */
  changed: boolean
}

export function diffRichText(beforeHtml: string, afterHtml: string): RichTextDiff {
  const beforeTokens = tokenizeHtml(beforeHtml)
  const afterTokens = tokenizeHtml(afterHtml)
  const before = unitsOf(beforeTokens)
  const after = unitsOf(afterTokens)
  const inserted = new Set<number>()
  // Removed runs by the draft's unit they follow (-1: before the first).
  const removedAfter = new Map<number, Unit[]>()
  let ia = 0
  let ib = 0
  let changed = false
  for (const change of diffArrays(before, after, { comparator: (a, b) => a.key === b.key })) {
    if (change.removed) {
      const run = before.slice(ia, ia + change.count)
      removedAfter.set(ib - 1, [...(removedAfter.get(ib - 1) ?? []), ...run])
      ia += change.count
      if (run.some((unit) => !unit.space)) changed = true
    } else if (change.added) {
      for (let n = 0; n < change.count; n += 1) inserted.add(ib + n)
      if (after.slice(ib, ib + change.count).some((unit) => !unit.space)) changed = true
      ib += change.count
    } else {
      ia += change.count
      ib += change.count
    }
  }

  const unitAt = new Map(after.map((unit, index) => [unit.token, index]))
  let html = ''
  let ins = ''
  // Inline marks open at this point of the draft.
  const open: string[] = []
  let leadingDone = false
  const flush = () => {
    html += /\S/.test(ins) ? `<ins>${ins}</ins>` : ins
    ins = ''
  }
  const removed = (index: number) => {
    const run = removedAfter.get(index)
    if (!run) return
    flush()
    html += deletedHtml(run, open)
  }
  afterTokens.forEach((token, index) => {
    const unit = unitAt.get(index)
    // What the draft's first word replaced goes before that word's marks open.
    const inlineOpen = token.type === 'open' && !BLOCK_TAGS.has(token.name)
    if (!leadingDone && (unit !== undefined || inlineOpen)) {
      leadingDone = true
      removed(-1)
    }
    if (unit === undefined) {
      flush()
      html += token.raw
      if (inlineOpen) open.push(token.name)
      else if (token.type === 'close' && !BLOCK_TAGS.has(token.name)) {
        const at = open.lastIndexOf(token.name)
        if (at >= 0) open.splice(at, 1)
      }
      return
    }
    if (inserted.has(unit)) ins += token.raw
    else {
      flush()
      html += token.raw
    }
    removed(unit)
  })
  flush()
  if (!leadingDone && removedAfter.has(-1)) {
    html += `<p>${deletedHtml(removedAfter.get(-1) ?? [], [])}</p>`
  }
  return { html, changed }
}
