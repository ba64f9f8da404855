// Which side the draft is compared with: what is published, or an earlier version where the
// backend keeps them. Hidden when there is only one choice.
import { useId } from 'react'
import type { VersionSummary } from '../../adapters/types'
import { PUBLISHED } from './use-review-baseline'

export function CompareSelect(props: {
  value: string
  onChange(value: string): void
  versions: readonly VersionSummary[]
  hasPublished: boolean
}) {
  const id = useId()
  if (props.versions.length === 0) return null
  return (
    <div className="review-compare">
      <label htmlFor={id}>Compare with</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.hasPublished ? <option value={PUBLISHED}>What is published</option> : null}
        {props.versions.map((version) => (
          <option key={version.id} value={version.id}>
            {version.label}
            {version.published ? ' (published)' : ''}
          </option>
        ))}
      </select>
    </div>
  )
}
