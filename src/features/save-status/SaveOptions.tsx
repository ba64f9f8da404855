// Beside the save status on backends without drafts: a line saying that a save goes live, and
// the user's choice to save automatically or only with the Save button (kept per user and backend).
import { useId } from 'react'
import type { SaveMode } from '../../sync'
import './save-options.css'

export interface SaveOptionsProps {
  mode: SaveMode
  onModeChange(mode: SaveMode): void
}

export function SaveOptions({ mode, onModeChange }: SaveOptionsProps) {
  const id = useId()
  return (
    <div className="save-options">
      <p className="save-options__live" id={`${id}-live`}>
        {mode === 'auto'
          ? 'No drafts: changes go live as they are saved'
          : 'No drafts: changes go live when you press Save'}
      </p>
      <label className="save-options__toggle">
        <input
          type="checkbox"
          checked={mode === 'auto'}
          aria-describedby={`${id}-live`}
          onChange={(event) => onModeChange(event.target.checked ? 'auto' : 'manual')}
        />
        Save automatically
      </label>
    </div>
  )
}
