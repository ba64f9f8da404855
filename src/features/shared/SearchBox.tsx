// A labelled search field above a list: searches once typing pauses, or at once on Enter.
import { useEffect, useState } from 'react'

const SEARCH_DELAY_MS = 300

export function SearchBox(props: {
  id: string
  label: string
  placeholder: string
  /** The search in the URL; typing starts from it. */
  initial: string
  onSearch: (value: string) => void
}) {
  const [value, setValue] = useState(props.initial)
  const { onSearch, initial } = props
  useEffect(() => {
    if (value === initial) return
    const timer = setTimeout(() => onSearch(value), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [value, initial, onSearch])
  return (
    <div className="search-box">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="search"
        value={value}
        placeholder={props.placeholder}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onSearch(value)
        }}
      />
    </div>
  )
}
