// Creating or editing a block type: name, a JSON definition checked as you type (or the URL of a
// remote one), and approval. A new type is validated by Kragle (/validate/blocktypes) before it is
// created; nothing is sent while the definition has local problems. Kragle's error codes are shown
// as sentences. An approved type keeps its definition: only its name and approval flag change.
import { useMemo, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import type { BlockTypeDraft, LibraryBlockType } from '../../adapters'
import { useSaveBlockType, useValidateBlockType } from '../../sync'
import { checkDefinitionText, NEW_DEFINITION } from './definition-draft'
import type { DraftProblem } from './definition-draft'
import { JsonEditor } from './JsonEditor'
import { kragleErrorText } from './kragle-error-text'

export interface BlockTypeFormProps {
  /** The type being edited; null to create one. */
  existing: LibraryBlockType | null
  onSaved: (id: string) => void
  onCancel: () => void
}

const initialText = (existing: LibraryBlockType | null): string =>
  existing && !existing.isRemote
    ? `${JSON.stringify(existing.definition, null, 2)}\n`
    : NEW_DEFINITION

export function BlockTypeForm({ existing, onSaved, onCancel }: BlockTypeFormProps) {
  const [name, setName] = useState(existing?.name ?? '')
  const [remote, setRemote] = useState(existing?.isRemote ?? false)
  const [url, setUrl] = useState(
    existing?.isRemote && typeof existing.definition === 'string' ? existing.definition : '',
  )
  const [text, setText] = useState(() => initialText(existing))
  const [needsApproval, setNeedsApproval] = useState(existing?.needsApproval ?? false)
  const [notice, setNotice] = useState<string | null>(null)
  const outcome = useRef<HTMLDivElement>(null)
  const save = useSaveBlockType()
  const validate = useValidateBlockType()
  const locked = existing?.isApproved === true

  const check = useMemo(() => checkDefinitionText(text), [text])
  const problems: DraftProblem[] = []
  if (name.trim() === '') problems.push({ where: 'name', message: 'Give the block type a name.' })
  if (remote && !/^https?:\/\/\S+$/.test(url.trim())) {
    problems.push({
      where: 'url',
      message: 'A remote definition needs an http:// or https:// URL.',
    })
  }
  if (!remote && !check.ok) problems.push(...check.problems)

  const draft = (): BlockTypeDraft => ({
    name: name.trim(),
    isRemote: remote,
    definition: remote ? url.trim() : check.ok ? check.value : null,
    needsApproval,
  })

  const show = (message: string | null) => {
    setNotice(message)
    queueMicrotask(() => outcome.current?.focus())
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    validate.reset()
    if (problems.length > 0) {
      save.reset()
      show('Fix the problems above first: nothing was sent to Kragle.')
      return
    }
    setNotice(null)
    const next = draft()
    const change: Partial<BlockTypeDraft> = locked
      ? { name: next.name, needsApproval: next.needsApproval }
      : next
    save.mutate(
      existing ? { kind: 'update', id: existing.id, change } : { kind: 'create', draft: next },
      {
        onSuccess: (saved) => onSaved(saved.id),
        onError: () => queueMicrotask(() => outcome.current?.focus()),
      },
    )
  }

  const onValidate = () => {
    save.reset()
    if (problems.length > 0) {
      show('Fix the problems above first: nothing was sent to Kragle.')
      return
    }
    setNotice(null)
    validate.mutate(draft(), { onSettled: () => queueMicrotask(() => outcome.current?.focus()) })
  }

  const failure = save.error ?? validate.error
  const error = failure ? kragleErrorText(failure) : null
  const busy = save.isPending || validate.isPending

  return (
    <form
      className="block-type-form"
      onSubmit={onSubmit}
      aria-label={existing ? `Edit ${existing.name}` : 'New block type'}
    >
      <div className="field-row">
        <label htmlFor="block-type-name">Name</label>
        <input
          id="block-type-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="off"
        />
      </div>
      {locked ? (
        <p className="block-type-form__note">
          This type is approved and public: its definition can no longer change.
        </p>
      ) : (
        <>
          <div className="field-row field-row--check">
            <input
              id="block-type-remote"
              type="checkbox"
              checked={remote}
              onChange={(e) => setRemote(e.target.checked)}
            />
            <label htmlFor="block-type-remote">
              The definition is remote (a URL Kragle reads it from)
            </label>
          </div>
          {remote ? (
            <div className="field-row">
              <label htmlFor="block-type-url">Definition URL</label>
              <input
                id="block-type-url"
                type="url"
                value={url}
                onChange={(e) => setUrl(e.target.value)}
                placeholder="https://…"
              />
            </div>
          ) : (
            <JsonEditor
              label="Definition (JSON)"
              value={text}
              onChange={setText}
              problems={check.ok ? [] : check.problems}
            />
          )}
        </>
      )}
      <div className="field-row field-row--check">
        <input
          id="block-type-approval"
          type="checkbox"
          checked={needsApproval}
          onChange={(e) => setNeedsApproval(e.target.checked)}
        />
        <label htmlFor="block-type-approval">Submit for approval (to make it public)</label>
      </div>
      <div className="block-type-form__outcome" ref={outcome} tabIndex={-1}>
        {notice ? (
          <div role="alert" className="form-error">
            <p>{notice}</p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p.where ? `${p.where}: ${p.message}` : p.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {error ? (
          <div role="alert" className="form-error">
            <p>{error.sentence}</p>
            {error.detail ? (
              <p className="form-error__detail">Kragle said: {error.detail}</p>
            ) : null}
            <p className="form-error__detail">Nothing was stored.</p>
          </div>
        ) : null}
        {validate.isSuccess ? <p role="status">Kragle accepts this block type.</p> : null}
      </div>
      <div className="block-type-form__actions">
        {existing ? null : (
          <button type="button" className="button" onClick={onValidate} disabled={busy}>
            Check with Kragle
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {save.isPending ? 'Saving…' : existing ? 'Save changes' : 'Create block type'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
