// Keyboard shortcut helpers shared by the editor's global shortcuts.

/** True when the event's target edits text itself, so editor shortcuts must not take its keys. */
export function isTextEntryTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  if (target.closest('[contenteditable="true"], [contenteditable=""]')) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(
      target.type,
    )
  }
  return false
}

export type ShortcutName = 'save' | 'undo' | 'redo' | 'copy' | 'paste'

interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/** Ctrl on Windows/Linux and Cmd on macOS both count as the command modifier. */
export function shortcutOf(event: KeyLike): ShortcutName | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 's') return 'save'
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !event.shiftKey) return 'redo'
  if (key === 'c' && !event.shiftKey) return 'copy'
  if (key === 'v' && !event.shiftKey) return 'paste'
  return null
}
