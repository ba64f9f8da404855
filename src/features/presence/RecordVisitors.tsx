// Who is on a record, in the record list: an avatar per person (one per user, however many tabs)
// and the names in words for screen readers.
import './presence.css'
import type { RecordVisitor } from '../../sync'
import { initials, personColour } from './person-look'

function onePerPerson(visitors: readonly RecordVisitor[]): RecordVisitor[] {
  const seen = new Set<string>()
  return visitors.filter((visitor) => {
    // The local admin's tabs are told apart by their labels (names); users by their id.
    const key = `${visitor.userId}\u0000${visitor.name}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function RecordVisitors({ visitors }: { visitors: readonly RecordVisitor[] }) {
  if (visitors.length === 0) return null
  const people = onePerPerson(visitors)
  const names = people.map((p) => p.name).join(', ')
  return (
    <span className="record-visitors" title={`Open now: ${names}`}>
      {people.slice(0, 4).map((person) => (
        <span
          key={person.tab}
          className="presence-avatar presence-avatar--small"
          style={{ background: personColour(person) }}
          aria-hidden="true"
        >
          {initials(person.name)}
        </span>
      ))}
      {people.length > 4 ? (
        <span className="record-visitors__more" aria-hidden="true">
          +{people.length - 4}
        </span>
      ) : null}
      <span className="visually-hidden">Open now by {names}</span>
    </span>
  )
}
