// A theme-settings form for one scope (the site, or one record): loading and error states around
// the form, which is generated from the backend's theme-settings schema.
import type { ThemeScope } from '../../adapters/types'
import { useThemeSettings } from '../../sync'
import { EmptyPanel, ErrorPanel, LoadingPanel } from '../shared/StatePanels'
import { ThemeSettingsForm } from './ThemeSettingsForm'
import { useSettingContext } from './use-setting-context'

export function ThemeSettingsPanel(props: { scope: ThemeScope; title: string }) {
  const editor = useThemeSettings(props.scope)
  const context = useSettingContext(props.scope)
  if (editor.state === 'ready' && editor.store) {
    return (
      <ThemeSettingsForm
        store={editor.store}
        fields={editor.fields}
        title={props.title}
        saveNow={editor.flushNow}
        context={context}
      />
    )
  }
  if (editor.state === 'unsupported') {
    return (
      <EmptyPanel title="No theme settings">
        <p>This backend has no theme settings to edit.</p>
      </EmptyPanel>
    )
  }
  if (editor.state === 'error') {
    return (
      <ErrorPanel
        title="The theme settings could not be loaded"
        message={editor.error ?? 'Unknown error'}
        onRetry={editor.retry}
      />
    )
  }
  return <LoadingPanel label="Loading the theme settings…" />
}
