// The device and language switches, for backends whose records hold one document per device
// and locale (Drumee). Switching saves what is pending, then opens the other variant; the
// switch that was used gets the focus back once that variant is open.
import { useEffect, useId, useRef } from 'react'
import { useLocation, useNavigate, useSearchParams } from 'react-router'
import type { Capabilities, RecordRef } from '../../adapters/types'
import { deviceName, localeName, variantSearch } from './record-variant'

export interface VariantSwitchProps {
  recordRef: RecordRef
  capabilities: Capabilities
  /** Sends unsaved edits before the other variant opens (they are kept either way). */
  onBeforeSwitch: () => void
}

type Key = 'device' | 'locale'

export function VariantSwitch({ recordRef, capabilities, onBeforeSwitch }: VariantSwitchProps) {
  const navigate = useNavigate()
  const location = useLocation()
  const [search] = useSearchParams()
  const idBase = useId()
  const deviceRef = useRef<HTMLSelectElement>(null)
  const localeRef = useRef<HTMLSelectElement>(null)
  const focusKey = (location.state as { focusVariant?: Key } | null)?.focusVariant
  // Once per navigation: the variant that just opened gives the focus back to its switch.
  useEffect(() => {
    if (focusKey === 'device') deviceRef.current?.focus()
    if (focusKey === 'locale') localeRef.current?.focus()
  }, [focusKey, location.key])

  const { devices, locales } = capabilities
  if (devices.length === 0 && locales.length === 0) return null
  const go = (key: Key, value: string) => {
    onBeforeSwitch()
    void navigate(
      { search: variantSearch(search, key, value) },
      { state: { focusVariant: key } satisfies { focusVariant: Key } },
    )
  }
  const select = (
    key: Key,
    label: string,
    values: readonly string[],
    name: (v: string) => string,
  ) => (
    <span className="variant-switch__field">
      <label htmlFor={`${idBase}-${key}`}>{label}</label>
      <select
        id={`${idBase}-${key}`}
        ref={key === 'device' ? deviceRef : localeRef}
        value={recordRef[key] ?? values[0]}
        onChange={(event) => go(key, event.target.value)}
      >
        {values.map((value) => (
          <option key={value} value={value}>
            {name(value)}
          </option>
        ))}
      </select>
    </span>
  )
  return (
    <div className="variant-switch" role="group" aria-label="Page variant">
      {devices.length > 0 ? select('device', 'Device', devices, deviceName) : null}
      {locales.length > 0 ? select('locale', 'Language', locales, localeName) : null}
    </div>
  )
}
