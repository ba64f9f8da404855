// On narrow screens the outline and the fields are sheets (PanelSheet); this bar at the bottom
// of the editor opens them.

export type SheetName = 'outline' | 'fields'

export interface SheetBarProps {
  open: SheetName | null
  ids: Record<SheetName, string>
  onOpen: (sheet: SheetName) => void
}

export function SheetBar({ open, ids, onOpen }: SheetBarProps) {
  const button = (sheet: SheetName, label: string) => (
    <button
      type="button"
      className="button sheet-bar__button"
      aria-expanded={open === sheet}
      aria-controls={ids[sheet]}
      onClick={() => onOpen(sheet)}
    >
      {label}
    </button>
  )
  return (
    <div className="sheet-bar" role="group" aria-label="Panels">
      {button('outline', 'Outline')}
      {button('fields', 'Fields')}
    </div>
  )
}
