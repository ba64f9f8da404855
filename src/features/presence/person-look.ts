// How a person looks in the editor: initials and a colour, both derived from who they are, so
// the same person has the same colour on every screen and in every tab that sees them.
import type { Person } from '../../sync'

/** Dark enough for white text at 4.5:1, and far enough apart to tell people apart. */
export const PERSON_COLOURS = [
  '#b42318',
  '#067647',
  '#6941c6',
  '#b54708',
  '#0e7090',
  '#c11574',
  '#3538cd',
  '#4d5761',
  '#854a0e',
] as const

/** The local admin is one user in every tab: its tabs are told apart by their own id. */
const LOCAL_USER = 'local'

function hash(text: string): number {
  // FNV-1a: small, stable, spreads similar ids apart.
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export function personColour(person: Pick<Person, 'userId' | 'tab'>): string {
  const key = person.userId === LOCAL_USER ? `${person.userId}/${person.tab}` : person.userId
  return PERSON_COLOURS[hash(key) % PERSON_COLOURS.length] ?? PERSON_COLOURS[0]
}

/** "Ann Lee" → "AL"; "Local admin (Tab 2)" → "T2": the part that tells local tabs apart. */
export function initials(name: string): string {
  const label = /\(([^()]+)\)\s*$/.exec(name)?.[1] ?? name
  const words = label.trim().split(/\s+/).filter(Boolean)
  const letters = words.slice(0, 2).map((word) => Array.from(word)[0] ?? '')
  return letters.join('').toUpperCase() || '?'
}
