// The review of one open record: the draft (unsaved edits included) beside what is published or
// an earlier version, as a change list in words and block by block; publishing where the backend
// allows it. Shares the editor's store, so going back and forth loses nothing.
import { useEffect, useMemo, useRef, useState } from 'react'
import { Link } from 'react-router'
import type { RecordRef } from '../../adapters/types'
import { describeChanges, diffBlocks } from '../../core'
import { useEditorStore } from '../../store'
import {
  useBackendCapabilities,
  useBackendFeatures,
  useBackendId,
  usePublishedRecord,
} from '../../sync'
import type { FlushNowResult } from '../../sync'
import { ApprovalsSection, CommentsProvider, ReviewComments } from '../comments'
import { SaveStatus } from '../save-status/SaveStatus'
import { AppHeader } from '../shared/AppHeader'
import { Icon } from '../shared/Icon'
import { ErrorPanel, LoadingPanel } from '../shared/StatePanels'
import { BlockDiffList } from './BlockDiffList'
import { ChangeList } from './ChangeList'
import { CompareSelect } from './CompareSelect'
import { PublishControls } from './PublishControls'
import { publishingNote } from './review-notes'
import { blockInEditorPath, editorPath } from './review-paths'
import { PUBLISHED, useReviewBaseline } from './use-review-baseline'
import './review.css'

export interface ReviewScreenProps {
  title: string
  recordRef: RecordRef
  flushNow: () => Promise<FlushNowResult>
}

export function ReviewScreen(props: ReviewScreenProps) {
  const { recordRef, title } = props
  const backend = useBackendId()
  const { drafts } = useBackendCapabilities()
  const has = useBackendFeatures()
  const schema = useEditorStore((s) => s.schema)
  const view = useEditorStore((s) => s.view)
  const base = useEditorStore((s) => s.base)
  const unsaved = useEditorStore((s) => s.pending.length + s.inFlight.length)
  const selectedId = useEditorStore((s) => s.selectedId)
  const heading = useRef<HTMLHeadingElement>(null)
  const [target, setTarget] = useState(PUBLISHED)
  const [announcement, setAnnouncement] = useState('')
  const { baseline, versions, compared } = useReviewBaseline(recordRef, target, base)
  const published = usePublishedRecord(recordRef, { enabled: has.publishing })

  const baseBlocks = baseline.state === 'ready' ? baseline.blocks : null
  const diff = useMemo(
    () => (baseBlocks ? diffBlocks(baseBlocks, view, schema) : null),
    [baseBlocks, view, schema],
  )
  const pending = useMemo(
    () => (unsaved > 0 ? diffBlocks(base, view, schema) : undefined),
    [unsaved, base, view, schema],
  )
  const lines = useMemo(
    () => (diff ? describeChanges(diff, { schema, ...(pending ? { pending } : {}) }) : []),
    [diff, schema, pending],
  )
  const liveBlocks = published.data?.blocks
  const liveCount = useMemo(() => {
    if (!has.publishing) return 0
    return describeChanges(diffBlocks(liveBlocks ?? [], view, schema), { schema }).length
  }, [has.publishing, liveBlocks, view, schema])

  useEffect(() => {
    // The link that opened the review is gone: start reading from the review's title.
    heading.current?.focus()
  }, [])
  useEffect(() => {
    document.title = `Review: ${title} · Block editor`
    return () => {
      document.title = 'Block editor'
    }
  }, [title])

  const note = publishingNote({ backend, drafts, publishing: has.publishing })
  const pendingCount = lines.filter((line) => line.pending).length
  let body
  if (baseline.state === 'loading') {
    body = <LoadingPanel label="Loading what is published…" />
  } else if (baseline.state === 'error') {
    body = (
      <ErrorPanel
        title="What is published could not be read"
        message={baseline.message}
        onRetry={baseline.retry}
      />
    )
  } else if (baseline.state === 'unavailable') {
    body = (
      <p className="review-note">
        This backend cannot say what is published, so there is nothing to compare the draft with.
      </p>
    )
  } else if (diff) {
    const against =
      baseline.label === 'Published' ? 'what is published' : baseline.label.toLowerCase()
    body = (
      <>
        {!baseline.exists ? (
          <p className="review-note">Nothing is published yet: everything in the draft is new.</p>
        ) : null}
        <section className="review-section" aria-labelledby="review-changes-title">
          <h2 id="review-changes-title">Changes</h2>
          <p className="review-summary">{summary(lines.length, pendingCount, against, drafts)}</p>
          <ChangeList lines={lines} recordRef={recordRef} />
        </section>
        <section className="review-section" aria-labelledby="review-blocks-title">
          <h2 id="review-blocks-title">Block by block</h2>
          <BlockDiffList diff={diff} schema={schema} baselineLabel={baseline.label} />
        </section>
      </>
    )
  }

  return (
    <CommentsProvider recordRef={recordRef}>
      <div className="app-frame">
        <AppHeader />
        {/* A landmark, so the record's title and actions are reachable like the rest. */}
        <div className="editor-toolbar" role="region" aria-label="Review toolbar">
          <Link
            className="button button--quiet"
            // Back on the block that was selected, so focus lands where the user left off.
            to={
              selectedId === null ? editorPath(recordRef) : blockInEditorPath(recordRef, selectedId)
            }
          >
            <Icon name="back" /> Back to the editor
          </Link>
          <div className="editor-toolbar__title">
            <span className="editor-toolbar__collection">Review · {recordRef.collection}</span>
            <h1 ref={heading} tabIndex={-1}>
              {title}
            </h1>
          </div>
          <SaveStatus />
          {drafts ? (
            <CompareSelect
              value={compared}
              onChange={setTarget}
              versions={versions}
              hasPublished={has.published}
            />
          ) : null}
          <PublishControls
            recordRef={recordRef}
            title={title}
            changeCount={liveCount}
            unsavedCount={unsaved}
            isPublished={has.published ? Boolean(published.data) : true}
            flushNow={props.flushNow}
            canPublish={has.publishing}
            onDone={setAnnouncement}
          />
        </div>
        <main className="page review-page">
          {note ? <p className="review-note">{note}</p> : null}
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
          <ApprovalsSection flushNow={props.flushNow} />
          {body}
          <ReviewComments blocks={view} schema={schema} />
        </main>
      </div>
    </CommentsProvider>
  )
}

const count = (n: number) => `${n} ${n === 1 ? 'change' : 'changes'}`

function summary(total: number, pending: number, against: string, drafts: boolean): string {
  // Without drafts the comparison is with what is saved, so every line is an unsaved change.
  if (!drafts) return total === 0 ? 'Every change is saved.' : `${count(total)} not saved yet.`
  if (total === 0) return `The draft is the same as ${against}.`
  const unsaved = pending > 0 ? `, ${pending} not saved yet` : ''
  return `${count(total)} compared with ${against}${unsaved}.`
}
