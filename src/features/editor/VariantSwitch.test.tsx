// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { capabilitiesOf } from '../../core/backend-capabilities'
import type { RecordRef } from '../../adapters/types'
import { VariantSwitch } from './VariantSwitch'

function Where() {
  const location = useLocation()
  return <output aria-label="Location">{location.pathname + location.search}</output>
}

const renderAt = (url: string, ref: RecordRef, backend: 'drumee' | 'basker' | 'kragle') => {
  const onBeforeSwitch = vi.fn()
  render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route
          path="/edit/:collection/:id"
          element={
            <>
              <VariantSwitch
                recordRef={ref}
                capabilities={capabilitiesOf(backend)}
                onBeforeSwitch={onBeforeSwitch}
              />
              <Where />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
  )
  return onBeforeSwitch
}

afterEach(cleanup)

describe('VariantSwitch', () => {
  it('shows the variant and opens another one after sending pending edits', () => {
    const ref = { collection: 'pages', id: '1', device: 'mobile', locale: 'en' }
    const onBeforeSwitch = renderAt('/edit/pages/1?device=mobile', ref, 'drumee')
    expect(screen.getByLabelText('Device')).toHaveProperty('value', 'mobile')
    expect(screen.getByLabelText('Language')).toHaveProperty('value', 'en')

    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'fr' } })

    expect(onBeforeSwitch).toHaveBeenCalledTimes(1)
    expect(screen.getByLabelText('Location').textContent).toBe(
      '/edit/pages/1?device=mobile&locale=fr',
    )
  })

  it('renders nothing for a backend without devices or locales', () => {
    renderAt('/edit/pages/home', { collection: 'pages', id: 'home' }, 'kragle')
    expect(screen.queryByRole('group', { name: 'Page variant' })).toBeNull()
  })
})
