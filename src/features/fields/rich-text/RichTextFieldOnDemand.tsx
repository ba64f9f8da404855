// Tiptap is the largest part of the editor's code, so the page and its blocks come first and the
// side panel's text editor follows. Loaded with a plain promise and state rather than
// React.lazy: Suspense reveals its content on a timer, which a paused clock (a test's, a
// throttled background tab's) would hold back.
import { useEffect, useState } from 'react'
import type { ComponentType } from 'react'
import type { ControlProps } from '../controls/types'
import { loadedRichTextField, loadRichTextField } from './load-rich-text'

export function RichTextFieldOnDemand(props: ControlProps) {
  const [Field, setField] = useState<ComponentType<ControlProps> | null>(loadedRichTextField)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (Field) return
    let live = true
    loadRichTextField().then(
      (loadedField) => {
        if (live) setField(() => loadedField)
      },
      () => {
        if (live) setFailed(true)
      },
    )
    return () => {
      live = false
    }
  }, [Field])
  if (Field) return <Field {...props} />
  return (
    <p className="muted" role={failed ? 'alert' : undefined}>
      {failed
        ? `The text editor for “${props.field.label}” could not be loaded. Reload the page to try again.`
        : 'Loading the text editor…'}
    </p>
  )
}
