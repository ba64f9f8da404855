// Says politely who started editing which block ("Ann is editing Intro"), through the same small
// announcer store the drag speaks through, in a polite region of its own.
import { useContext, useEffect, useState, useSyncExternalStore } from 'react'
import { blockLabel, findBlock } from '../../core'
import { useEditorStoreApi } from '../../store'
import { createAnnouncer } from '../canvas/drag-live-region'
import { useEditorUi } from '../editor/editor-ui'
import { PresenceContext } from './presence-context'
import { newlyEditingIn } from './presence-words'

export function PresenceAnnouncer() {
  const live = useContext(PresenceContext)
  const store = useEditorStoreApi()
  const ui = useEditorUi()
  const [announcer] = useState(createAnnouncer)

  useEffect(() => {
    if (!live) return
    let previous = live.presence.getSnapshot()
    return live.presence.subscribe(() => {
      const next = live.presence.getSnapshot()
      const text = newlyEditingIn(previous, next, (blockId) => {
        const block = findBlock(store.getState().view, blockId)
        return block ? blockLabel(block, ui.schemaByType.get(block.type)) : null
      })
      previous = next
      announcer.say(text)
    })
  }, [live, store, ui, announcer])

  const text = useSyncExternalStore(announcer.subscribe, announcer.get)
  return (
    <div className="visually-hidden" data-presence-live="" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  )
}
