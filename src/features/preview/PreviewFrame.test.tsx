// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { fitScale } from './devices'
import { PreviewFrame } from './PreviewFrame'

afterEach(cleanup)

describe('<PreviewFrame>', () => {
  it('switches between the three widths with pressed buttons', async () => {
    const user = userEvent.setup()
    render(<PreviewFrame>page</PreviewFrame>)
    const frame = () => screen.getByRole('document')
    expect(frame().style.width).toBe('1280px')
    await user.click(screen.getByRole('button', { name: 'Mobile' }))
    expect(screen.getByRole('button', { name: 'Mobile' }).getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('button', { name: 'Desktop' }).getAttribute('aria-pressed')).toBe(
      'false',
    )
    expect(frame().style.width).toBe('375px')
    expect(frame().getAttribute('aria-label')).toBe('Preview at mobile width')
  })

  it('zooms a frame out only when it does not fit', () => {
    expect(fitScale(375, 500)).toBe(1)
    expect(fitScale(1280, 640)).toBe(0.5)
    expect(fitScale(1280, 0)).toBe(1)
  })
})
