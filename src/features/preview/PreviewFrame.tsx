// The page at a device width: a switch (Desktop 1280 / Tablet 768 / Mobile 375 px, buttons with
// aria-pressed) over a frame of exactly that CSS width. A frame wider than the space it has is
// zoomed out to fit, so its layout stays the device's; blocks respond to the frame's width
// through container queries (no iframe, so no script can run in it).
import { useLayoutEffect, useRef, useState } from 'react'
import type { MouseEvent, ReactNode } from 'react'
import { DEVICES, deviceById, fitScale } from './devices'
import type { DeviceId } from './devices'
import '../../styles/preview.css'

export function PreviewFrame(props: {
  children: ReactNode
  initialDevice?: DeviceId
  /** Shown next to the switch (the draft's age, a refresh button). */
  extra?: ReactNode
}) {
  const [deviceId, setDeviceId] = useState<DeviceId>(props.initialDevice ?? 'desktop')
  const device = deviceById(deviceId)
  const viewport = useRef<HTMLDivElement>(null)
  const [available, setAvailable] = useState(0)

  useLayoutEffect(() => {
    const element = viewport.current
    if (!element || typeof ResizeObserver === 'undefined') return
    // The width inside the padding: a frame zoomed to clientWidth overflows by the padding.
    const measure = () => {
      const style = getComputedStyle(element)
      const padding = (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0)
      setAvailable(element.clientWidth - padding)
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  const scale = fitScale(device.width, available)
  // Links in a preview lead nowhere: following one would leave the editor.
  const onClickCapture = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('a')) event.preventDefault()
  }

  return (
    <div className="preview">
      <div className="preview__bar">
        <div className="preview__devices" role="group" aria-label="Preview width">
          {DEVICES.map((d) => (
            <button
              key={d.id}
              type="button"
              className="button button--small preview__device"
              aria-pressed={d.id === deviceId}
              title={`${d.width} px`}
              onClick={() => setDeviceId(d.id)}
            >
              {d.label}
            </button>
          ))}
        </div>
        <span className="preview__size muted">
          {device.width} px{scale < 1 ? ` · ${Math.round(scale * 100)}%` : ''}
        </span>
        {props.extra}
      </div>
      <div className="preview__viewport" ref={viewport}>
        <div
          className="preview__frame"
          role="document"
          aria-label={`Preview at ${device.label.toLowerCase()} width`}
          data-device={device.id}
          style={{ width: device.width, zoom: scale }}
          onClickCapture={onClickCapture}
        >
          {props.children}
        </div>
      </div>
    </div>
  )
}
