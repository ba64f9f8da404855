// The review's approvals: who approved (or asked for changes on) which version and when, and
// whether the draft changed since — the draft's documentHash now against the one stored with
// the verdict. Admins give a verdict on the draft as it is now: everything is saved first, so
// the verdict names a saved version.
import { useId, useMemo, useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import { documentHash } from '../../core'
import { useEditorStore, useEditorStoreApi } from '../../store'
import { saveEverything, useApprovals, useGiveVerdict } from '../../sync'
import type { Approval, FlushNowResult, Verdict } from '../../sync'
import { useSession } from '../auth'
import { useCommentsApi } from './comments-context'
import { versionWords, when } from './comment-words'
import { useWriteHeaders } from './use-write-headers'

const VERDICT_WORDS: Record<Verdict, string> = {
  approved: 'approved',
  'changes-requested': 'requested changes to',
}

export function ApprovalsSection(props: { flushNow: () => Promise<FlushNowResult> }) {
  const api = useCommentsApi()
  if (!api) return null
  return <Approvals recordKey={api.recordKey} flushNow={props.flushNow} />
}

function Approvals(props: { recordKey: string; flushNow: () => Promise<FlushNowResult> }) {
  const { recordKey, flushNow } = props
  const approvals = useApprovals(recordKey)
  const view = useEditorStore((s) => s.view)
  const current = useMemo(() => documentHash(view), [view])
  const list = approvals.data ?? []
  const latest = list[list.length - 1]

  return (
    <section className="review-section" aria-labelledby="review-approvals-title">
      <h2 id="review-approvals-title">Approvals</h2>
      {approvals.isPending ? <p className="muted">Loading approvals…</p> : null}
      {approvals.isError ? (
        <p className="comment-error">The approvals could not be read: {approvals.error.message}</p>
      ) : null}
      {approvals.isSuccess ? <Summary latest={latest} current={current} /> : null}
      <VerdictControls recordKey={recordKey} flushNow={flushNow} />
      {list.length > 0 ? (
        <ol className="approval-list" aria-label="Approval history">
          {[...list].reverse().map((approval) => (
            <ApprovalLine key={approval.id} approval={approval} current={current} />
          ))}
        </ol>
      ) : null}
    </section>
  )
}

function Summary({ latest, current }: { latest: Approval | undefined; current: string }) {
  if (!latest) return <p className="review-summary">Nobody has approved this draft yet.</p>
  const changed = latest.documentHash !== current
  return (
    <p className="review-summary approval-summary">
      <span className={`badge approval-badge approval-badge--${changed ? 'changed' : 'same'}`}>
        {changed ? 'Changed since approval' : 'Matches the draft'}
      </span>
      <span>
        Latest: {latest.userName} {VERDICT_WORDS[latest.verdict]} {versionWords(latest.version)}
        {changed ? '; the draft has changed since.' : '; the draft is unchanged since.'}
      </span>
    </p>
  )
}

function ApprovalLine({ approval, current }: { approval: Approval; current: string }) {
  return (
    <li className="approval">
      <strong>{approval.userName}</strong> {VERDICT_WORDS[approval.verdict]}{' '}
      {versionWords(approval.version)}
      <span className="approval__meta">
        <time dateTime={approval.createdAt}>{when(approval.createdAt)}</time>
        {approval.documentHash === current ? (
          <span> · matches the draft now</span>
        ) : (
          <span className="approval__state--old"> · an earlier draft</span>
        )}
      </span>
      {approval.note ? <p className="comment__body">{approval.note}</p> : null}
    </li>
  )
}

function VerdictControls(props: { recordKey: string; flushNow: () => Promise<FlushNowResult> }) {
  const store = useEditorStoreApi()
  const user = useSession().session.user
  const give = useGiveVerdict(props.recordKey, useWriteHeaders())
  const [note, setNote] = useState('')
  const noteId = useId()
  // Save first, then give the verdict on exactly what is saved.
  const verdict = useMutation({
    mutationFn: async (kind: Verdict) => {
      const version = await saveEverything(store, props.flushNow)
      const blocks = store.getState().view
      return give.mutateAsync({
        verdict: kind,
        version,
        documentHash: documentHash(blocks),
        note: note.trim() === '' ? null : note.trim(),
      })
    },
    onSuccess: () => setNote(''),
  })
  // Not `disabled` while it runs: a disabled button would drop the focus to the page.
  const giveVerdict = (kind: Verdict) => {
    if (!verdict.isPending) verdict.mutate(kind)
  }
  // The server refuses anyone else; the controls only hide what would be refused.
  if (user?.role !== 'admin') {
    return <p className="muted">Only an admin can approve the draft or request changes.</p>
  }
  return (
    <div className="approval-controls">
      <label htmlFor={noteId}>Note (optional)</label>
      <textarea
        id={noteId}
        className="comment-form__text"
        rows={2}
        maxLength={4000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="approval-controls__buttons">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={verdict.isPending}
          onClick={() => giveVerdict('approved')}
        >
          Approve
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={verdict.isPending}
          onClick={() => giveVerdict('changes-requested')}
        >
          Request changes
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {verdict.isSuccess
          ? verdict.variables === 'approved'
            ? 'You approved this draft.'
            : 'You requested changes.'
          : ''}
      </p>
      {verdict.isError ? (
        <p className="comment-error" role="alert">
          {verdict.error.message}
        </p>
      ) : null}
    </div>
  )
}
