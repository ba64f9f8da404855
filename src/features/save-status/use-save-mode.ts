// The current user's choice between autosave and saving on demand, on this backend. Offered only
// where there are no drafts (a save goes live); elsewhere it is always autosave.
import { useCallback, useState } from 'react'
import { useBackendCapabilities, useBackendId } from '../../sync'
import type { SaveMode } from '../../sync'
import { useSession } from '../auth'
import { readSaveMode, saveModeKey, writeSaveMode } from './save-mode-preference'

export interface SaveModeChoice {
  /** The backend has no drafts, so the user may choose. */
  offered: boolean
  mode: SaveMode
  setMode(mode: SaveMode): void
}

const storage = (): Storage | undefined => {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage
  } catch {
    return undefined
  }
}

export function useSaveMode(): SaveModeChoice {
  const backend = useBackendId()
  const { drafts } = useBackendCapabilities()
  const { session } = useSession()
  const offered = !drafts
  const key = saveModeKey(backend, session.user?.id ?? 'local')
  const [chosen, setChosen] = useState(() => ({ key, mode: readSaveMode(storage(), key) }))
  const stored = chosen.key === key ? chosen.mode : readSaveMode(storage(), key)
  const setMode = useCallback(
    (mode: SaveMode) => {
      writeSaveMode(storage(), key, mode)
      setChosen({ key, mode })
    },
    [key],
  )
  return { offered, mode: offered ? stored : 'auto', setMode }
}
