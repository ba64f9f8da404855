// The widths the preview shows a page at.
export type DeviceId = 'desktop' | 'tablet' | 'mobile'

export interface Device {
  id: DeviceId
  label: string
  width: number
}

export const DEVICES: readonly Device[] = [
  { id: 'desktop', label: 'Desktop', width: 1280 },
  { id: 'tablet', label: 'Tablet', width: 768 },
  { id: 'mobile', label: 'Mobile', width: 375 },
]

export function deviceById(id: DeviceId): Device {
  return DEVICES.find((d) => d.id === id) ?? { id: 'desktop', label: 'Desktop', width: 1280 }
}

/** How much a frame must shrink to fit `available` pixels (never enlarged). */
export function fitScale(width: number, available: number): number {
  if (!(available > 0)) return 1
  return Math.min(1, Math.floor((available / width) * 1000) / 1000)
}
