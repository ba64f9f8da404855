import { Link } from 'react-router'
import { EmptyPanel } from './StatePanels'

export function NotFoundPage() {
  return (
    <main className="page">
      <EmptyPanel title="This page does not exist">
        <Link className="button" to="/">
          Back to the records
        </Link>
      </EmptyPanel>
    </main>
  )
}
