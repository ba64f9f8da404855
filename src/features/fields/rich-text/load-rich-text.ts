// The side panel's rich-text field, loaded on demand (RichTextFieldOnDemand) and ahead of need
// (the editor page asks for it once the page is shown).
import type { ComponentType } from 'react'
import type { ControlProps } from '../controls/types'

let loaded: ComponentType<ControlProps> | null = null

export const loadRichTextField = (): Promise<ComponentType<ControlProps>> =>
  import('./RichTextField').then((m) => {
    loaded = m.RichTextField
    return m.RichTextField
  })

/** The field's component if its code is here already. */
export const loadedRichTextField = (): ComponentType<ControlProps> | null => loaded
