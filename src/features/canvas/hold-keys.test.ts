// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { holdKeysUntilSensorListens } from './hold-keys'

afterEach(() => vi.useRealTimers())

describe('holdKeysUntilSensorListens', () => {
  it('holds keys pressed right after pick-up and replays them, in order, after the sensor timer', () => {
    vi.useFakeTimers()
    const seen: string[] = []
    const button = document.createElement('button')
    document.body.append(button)
    button.focus()
    holdKeysUntilSensorListens()
    // The sensor's timer is queued after ours, as in dnd-kit.
    setTimeout(() => document.addEventListener('keydown', (e) => seen.push(e.code)))
    button.dispatchEvent(new KeyboardEvent('keydown', { code: 'ArrowDown', bubbles: true }))
    button.dispatchEvent(new KeyboardEvent('keydown', { code: 'Space', bubbles: true }))
    expect(seen).toEqual([])
    vi.runAllTimers()
    expect(seen).toEqual(['ArrowDown', 'Space'])
    button.dispatchEvent(new KeyboardEvent('keydown', { code: 'Escape', bubbles: true }))
    expect(seen).toEqual(['ArrowDown', 'Space', 'Escape'])
  })

  it('drops held keys when stopped early', () => {
    vi.useFakeTimers()
    const seen: string[] = []
    document.addEventListener('keydown', (e) => seen.push(e.code))
    const stop = holdKeysUntilSensorListens()
    document.body.dispatchEvent(new KeyboardEvent('keydown', { code: 'ArrowUp', bubbles: true }))
    stop()
    vi.runAllTimers()
    expect(seen).toEqual([])
  })
})
