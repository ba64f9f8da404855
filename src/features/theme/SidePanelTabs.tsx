// The editor's side panel as two tabs: the selected block's fields and the record's theme
// settings. The theme form mounts on first use and then stays mounted (hidden) so switching tabs
// never drops unsaved theme edits; selecting another block brings the fields back.
import { useId, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import type { RecordRef, ThemeScope } from '../../adapters/types'
import { useEditorStore } from '../../store'
import { useHasThemeSettings } from '../../sync'
import { useCan } from '../auth'
import { ThemeSettingsPanel } from './ThemeSettingsPanel'

type Tab = 'fields' | 'theme'
const TABS: { id: Tab; label: string }[] = [
  { id: 'fields', label: 'Fields' },
  { id: 'theme', label: 'Theme' },
]

export function SidePanelTabs(props: { recordRef: RecordRef; fields: ReactNode }) {
  const { recordRef } = props
  const id = useId()
  const selectedId = useEditorStore((s) => s.selectedId)
  const [tab, setTab] = useState<Tab>('fields')
  const [themeOpened, setThemeOpened] = useState(false)
  const [lastSelected, setLastSelected] = useState(selectedId)
  if (lastSelected !== selectedId) {
    setLastSelected(selectedId)
    if (selectedId !== null) setTab('fields')
  }
  const scope = useMemo<ThemeScope>(() => ({ kind: 'record', ref: recordRef }), [recordRef])
  const buttons = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({})
  // Roles that may not change theme settings do not get the tab (the server refuses them anyway).
  const hasTheme = useHasThemeSettings()
  const canTheme = useCan('theme') && hasTheme
  const tabs = canTheme ? TABS : TABS.filter((t) => t.id !== 'theme')

  const choose = (next: Tab) => {
    setTab(next)
    if (next === 'theme') setThemeOpened(true)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (!canTheme || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return
    event.preventDefault()
    const next: Tab = tab === 'fields' ? 'theme' : 'fields'
    choose(next)
    buttons.current[next]?.focus()
  }

  return (
    <div className="side-tabs">
      <div className="side-tabs__list" role="tablist" aria-label="Side panel" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              buttons.current[t.id] = el
            }}
            type="button"
            role="tab"
            id={`${id}-${t.id}-tab`}
            aria-controls={`${id}-${t.id}`}
            aria-selected={tab === t.id}
            tabIndex={tab === t.id ? 0 : -1}
            className="side-tabs__tab"
            onClick={() => choose(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-fields`}
        aria-labelledby={`${id}-fields-tab`}
        hidden={tab !== 'fields'}
      >
        {props.fields}
      </div>
      {canTheme ? (
        <div
          role="tabpanel"
          id={`${id}-theme`}
          aria-labelledby={`${id}-theme-tab`}
          hidden={tab !== 'theme'}
          className="side-tabs__theme"
        >
          {themeOpened ? (
            <ThemeSettingsPanel scope={scope} title="Theme settings of this page" />
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
