// Linkify builds its scanner (a large state machine) the first time it is used, which Tiptap's
// autolink does on the first keystroke in a rich-text field: ~20 ms inside that key's task, part
// of a long task on a big page. Building it while the browser is idle moves that cost off typing.
import { tokenize } from 'linkifyjs'

let scheduled = false

export function warmAutolink(): void {
  if (scheduled) return
  scheduled = true
  const build = (): void => {
    tokenize('')
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(build, { timeout: 2000 })
  else setTimeout(build, 0)
}
