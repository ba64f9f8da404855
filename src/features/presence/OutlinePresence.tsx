// The others on one outline row: a dot of each one's colour with their initials; the words
// ("Ann is editing here") are the row's description.
import type { Person } from '../../sync'
import { initials, personColour } from './person-look'

export function OutlinePresence(props: {
  people: readonly Person[]
  id: string
  description: string
}) {
  return (
    <span className="outline-presence">
      {props.people.map((person) => (
        <span
          key={person.tab}
          className="outline-presence__dot"
          style={{ background: personColour(person) }}
          title={person.name}
          aria-hidden="true"
        >
          {initials(person.name)}
        </span>
      ))}
      <span className="visually-hidden" id={props.id}>
        {props.description}
      </span>
    </span>
  )
}
