// The others on one block: a coloured outline (the card's `has-presence` class and colour, set by
// the caller from usePeopleOnBlock) and a name tag above its top edge.
import type { CSSProperties } from 'react'
import type { Person } from '../../sync'
import { personColour } from './person-look'

/** The card's style and class for the first person on it (their colour draws the outline). */
export function presenceLook(people: readonly Person[]): {
  className: string | null
  style: CSSProperties | undefined
} {
  const first = people[0]
  if (!first) return { className: null, style: undefined }
  // A custom property: the card's CSS draws the outline with it.
  const style = { '--presence-colour': personColour(first) } as CSSProperties
  return { className: 'has-presence', style }
}

export function sayWhoIsHere(people: readonly Person[]): string {
  return people.map((p) => `${p.name} is ${p.typing ? 'typing' : 'editing'} here`).join('. ')
}

export function BlockPresenceTags({ people }: { people: readonly Person[] }) {
  if (people.length === 0) return null
  return (
    <div className="presence-tags" data-presence="">
      {people.map((person) => (
        <span
          key={person.tab}
          className="presence-tag"
          style={{ background: personColour(person) }}
          title={`${person.name} is ${person.typing ? 'typing' : 'editing'} here`}
        >
          {person.name}
          {person.typing ? <span className="presence-tag__typing"> is typing…</span> : null}
        </span>
      ))}
    </div>
  )
}
