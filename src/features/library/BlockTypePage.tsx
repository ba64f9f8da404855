// One block type (/library/:id): its definition (for a remote type, the URL and the definition
// Kragle resolved from it), and the form to edit it; /library/new creates one.
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import type { LibraryBlockType } from '../../adapters'
import { useHasBlockLibrary, useLibraryType } from '../../sync'
import { AppHeader } from '../shared/AppHeader'
import { EmptyPanel, ErrorPanel, LoadingPanel } from '../shared/StatePanels'
import { BlockTypeForm } from './BlockTypeForm'
import { kragleErrorText } from './kragle-error-text'
import { TypeBadges } from './TypeBadges'
import './library.css'

export function BlockTypePage() {
  const { id = 'new' } = useParams()
  const hasLibrary = useHasBlockLibrary()
  const navigate = useNavigate()
  return (
    <div className="app-frame">
      <AppHeader />
      <main className="page library-page">
        <p>
          <Link to="/library">← Block library</Link>
        </p>
        {!hasLibrary ? (
          <EmptyPanel title="This backend has no block library" />
        ) : id === 'new' ? (
          <>
            <div className="page__heading">
              <h1>New block type</h1>
            </div>
            <BlockTypeForm
              existing={null}
              onSaved={(saved) => void navigate(`/library/${encodeURIComponent(saved)}`)}
              onCancel={() => void navigate('/library')}
            />
          </>
        ) : (
          <ExistingType id={id} />
        )}
      </main>
    </div>
  )
}

function ExistingType({ id }: { id: string }) {
  const type = useLibraryType(id)
  const [editing, setEditing] = useState(false)
  if (type.isPending) return <LoadingPanel label="Loading the block type…" />
  if (type.isError) {
    const text = kragleErrorText(type.error)
    return (
      <ErrorPanel
        title="The block type could not be loaded"
        message={text.detail ?? text.sentence}
      />
    )
  }
  const found = type.data
  return (
    <>
      <div className="page__heading">
        <h1>{found.name}</h1>
        {editing ? null : (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
      </div>
      <p className="library-page__badges">
        <TypeBadges type={found} />
      </p>
      {editing ? (
        <BlockTypeForm
          key={found.id}
          existing={found}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <Definition type={found} />
      )}
    </>
  )
}

function Definition({ type }: { type: LibraryBlockType }) {
  return (
    <section aria-label="Definition" className="library-page__definition">
      {type.isRemote ? (
        <>
          <h2>Definition URL</h2>
          <p>
            <code>{String(type.definition)}</code>
          </p>
          <h2>Resolved definition</h2>
          <pre tabIndex={0}>{JSON.stringify(type.resolved, null, 2)}</pre>
        </>
      ) : (
        <>
          <h2>Definition</h2>
          <pre tabIndex={0}>{JSON.stringify(type.definition, null, 2)}</pre>
        </>
      )}
    </section>
  )
}
