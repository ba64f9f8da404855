// Short-lived notices ("Block removed — Undo", "Copied Hero."). The Undo offer is withdrawn as
// soon as another edit lands, so it can never undo something else.
import { useEffect, useState } from 'react'
import { useEditorStore } from '../../store'
import { Icon } from '../shared/Icon'
import { useEditorUi, type Notice } from './editor-ui'

const NOTICE_MS = 7000

export function NoticeHost() {
  const ui = useEditorUi()
  const [notice, setNotice] = useState<(Notice & { undoDepth: number }) | null>(null)
  const undoDepth = useEditorStore((s) => s.undoStack.length)
  const undo = useEditorStore((s) => s.undo)

  useEffect(
    () =>
      ui.register({
        notify(text, options) {
          setNotice((previous) => ({
            id: (previous?.id ?? 0) + 1,
            text,
            ...(options?.undo ? { undo: true } : {}),
            undoDepth: -1,
          }))
        },
      }),
    [ui],
  )

  // Remember the undo depth the notice belongs to, once the edit it reports is on the stack.
  if (notice && notice.undoDepth === -1) setNotice({ ...notice, undoDepth })
  const canUndo = notice?.undo === true && notice.undoDepth === undoDepth && undoDepth > 0

  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => setNotice(null), NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice])

  return (
    <div className="notice-region" aria-live="polite">
      {notice ? (
        <div className="notice" key={notice.id}>
          <span>{notice.text}</span>
          {canUndo ? (
            <>
              <span aria-hidden="true">—</span>
              <button
                type="button"
                className="notice__action"
                aria-label="Undo remove"
                onClick={() => {
                  undo()
                  setNotice(null)
                }}
              >
                Undo
              </button>
            </>
          ) : null}
          <button
            type="button"
            className="icon-button notice__close"
            aria-label="Dismiss notice"
            onClick={() => setNotice(null)}
          >
            <Icon name="close" size={14} />
          </button>
        </div>
      ) : null}
    </div>
  )
}
