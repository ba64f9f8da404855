// Said plainly where a backend offers no read of the current theme values (Basker's site theme):
// the form starts empty, and an empty field means "not known here", not "not set".
import type { ThemeScope } from '../../adapters/types'
import { useThemeSettingsRead } from '../../sync'

export function UnknownValuesNote({ scope }: { scope: ThemeScope }) {
  const { data } = useThemeSettingsRead(scope)
  if (!data?.valuesUnknown) return null
  return (
    <p className="muted" role="note">
      The current values cannot be read from this backend, so the fields start empty. What you set
      or clear here is saved; settings you leave empty keep their current values.
    </p>
  )
}
