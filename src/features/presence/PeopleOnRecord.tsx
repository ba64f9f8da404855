// The editor toolbar's "People on this record": one avatar (initials on the person's colour)
// per other tab on the record, named by the person's name (and whether they are typing).
import './presence.css'
import { initials, personColour } from './person-look'
import { useOthers } from './presence-context'

/** More avatars than this become "+N": the toolbar is one row. */
const SHOWN = 5

export function PeopleOnRecord() {
  const others = useOthers()
  if (others.length === 0) return null
  const shown = others.slice(0, SHOWN)
  const hidden = others.slice(SHOWN)
  return (
    <div className="presence-people" role="group" aria-label="People on this record">
      <ul className="presence-people__list">
        {shown.map((person) => {
          const name = person.typing ? `${person.name} (typing)` : person.name
          return (
            <li key={person.tab} className="presence-people__item">
              <span
                className="presence-avatar"
                role="img"
                aria-label={name}
                title={name}
                style={{ background: personColour(person) }}
                data-typing={person.typing ? '' : undefined}
              >
                {initials(person.name)}
              </span>
            </li>
          )
        })}
        {hidden.length > 0 ? (
          <li className="presence-people__item">
            <span
              className="presence-avatar presence-avatar--more"
              role="img"
              aria-label={`${hidden.length} more: ${hidden.map((p) => p.name).join(', ')}`}
              title={hidden.map((p) => p.name).join('\n')}
            >
              +{hidden.length}
            </span>
          </li>
        ) : null}
      </ul>
    </div>
  )
}
