// Diffs as a reader sees them: removed words struck through in <del>, new words in <ins>, each
// announced ("removed", "added") by text screen readers read, not only by colour.
import { useMemo } from 'react'
import type { FieldChange, TextDiffPart } from '../../core'
import { sanitizeHtml } from '../shared/sanitize-html'

const SPOKEN = { insert: 'added: ', delete: 'removed: ' } as const

export function TextDiff({ parts }: { parts: readonly TextDiffPart[] }) {
  return (
    <span className="review-diff">
      {parts.map((part, index) => {
        if (part.kind === 'equal') return <span key={index}>{part.text}</span>
        const Tag = part.kind === 'insert' ? 'ins' : 'del'
        return (
          <Tag key={index}>
            <span className="visually-hidden">{SPOKEN[part.kind]}</span>
            {part.text}
          </Tag>
        )
      })}
    </span>
  )
}

/** The diff's HTML, sanitised, with the spoken markers added inside each <ins> and <del>. */
export function labelledDiffHtml(html: string): string {
  const doc = new DOMParser().parseFromString(sanitizeHtml(html), 'text/html')
  for (const element of doc.body.querySelectorAll('ins, del')) {
    const marker = doc.createElement('span')
    marker.className = 'visually-hidden'
    marker.textContent = element.tagName === 'INS' ? SPOKEN.insert : SPOKEN.delete
    element.prepend(marker)
  }
  return doc.body.innerHTML
}

export function RichTextDiff({ html }: { html: string }) {
  const clean = useMemo(() => labelledDiffHtml(html), [html])
  return (
    <div className="review-diff review-diff--rich" dangerouslySetInnerHTML={{ __html: clean }} />
  )
}

function ValueDiff({ before, after }: { before: string; after: string }) {
  return (
    <span className="review-diff">
      {before === '' ? (
        <span className="muted">(empty)</span>
      ) : (
        <del>
          <span className="visually-hidden">{SPOKEN.delete}</span>
          {before}
        </del>
      )}
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> now </span>
      {after === '' ? (
        <span className="muted">(empty)</span>
      ) : (
        <ins>
          <span className="visually-hidden">{SPOKEN.insert}</span>
          {after}
        </ins>
      )}
    </span>
  )
}

export function FieldDiff({ change }: { change: FieldChange }) {
  if (change.kind === 'text' && change.textDiff) return <TextDiff parts={change.textDiff} />
  if (change.kind === 'richText' && change.htmlDiff !== undefined) {
    if (change.before === change.after) {
      return (
        <>
          <p className="muted review-diff__note">Formatting changed:</p>
          <RichTextDiff html={change.htmlDiff} />
        </>
      )
    }
    return <RichTextDiff html={change.htmlDiff} />
  }
  return <ValueDiff before={change.before} after={change.after} />
}
