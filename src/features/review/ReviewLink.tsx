// The editor toolbar's way into the review of the open record.
import { Link } from 'react-router'
import type { RecordRef } from '../../adapters/types'
import { reviewPath } from './review-paths'

export function ReviewLink({ recordRef }: { recordRef: RecordRef }) {
  return (
    <Link className="button" to={reviewPath(recordRef)}>
      Review
    </Link>
  )
}
