// Where JSON text first goes wrong, as a character offset: browsers' JSON.parse messages do not
// all say (V8 quotes the text around the mistake instead), and the editor shows the line.
// A small recursive-descent scan of RFC 8259 JSON; null when the text is valid.

const WS = new Set([' ', '\t', '\n', '\r'])
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/
// Control characters (below U+0020) may not appear raw inside a JSON string.
// eslint-disable-next-line no-control-regex
const STRING = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/

class Stop {
  constructor(readonly at: number) {}
}

export function jsonErrorOffset(text: string): number | null {
  let i = 0
  const skip = () => {
    while (i < text.length && WS.has(text.charAt(i))) i += 1
  }
  const fail = (): never => {
    throw new Stop(i)
  }
  const match = (pattern: RegExp) => {
    const found = pattern.exec(text.slice(i))
    if (!found) fail()
    i += found?.[0].length ?? 0
  }
  const value = (): void => {
    skip()
    const c = text.charAt(i)
    if (c === '{') return container('}', true)
    if (c === '[') return container(']', false)
    if (c === '"') return match(STRING)
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length
        return
      }
    }
    match(NUMBER)
  }
  const container = (close: string, keyed: boolean): void => {
    i += 1
    skip()
    if (text.charAt(i) === close) {
      i += 1
      return
    }
    for (;;) {
      if (keyed) {
        skip()
        if (text.charAt(i) !== '"') fail()
        match(STRING)
        skip()
        if (text.charAt(i) !== ':') fail()
        i += 1
      }
      value()
      skip()
      const next = text.charAt(i)
      if (next === close) {
        i += 1
        return
      }
      if (next !== ',') fail()
      i += 1
    }
  }
  try {
    value()
    skip()
    return i < text.length ? i : null
  } catch (error) {
    if (error instanceof Stop) return error.at
    throw error
  }
}
