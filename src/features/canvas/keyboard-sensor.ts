// dnd-kit's keyboard input for the drag controller. dnd-kit's own KeyboardSensor starts listening
// one task after the pick-up and moves the held card by coordinates; this sensor listens at once
// (ignoring the key that picked the block up), so no key pressed right after the pick-up is lost,
// and hands each arrow press to the controller, which steps one valid place.
import type { Activators, SensorInstance, SensorProps } from '@dnd-kit/core'

export interface StepKeyboardOptions {
  /** One place up (-1) or down (1). */
  onStep(delta: -1 | 1): void
  /** Called before dnd-kit ends the drag: dnd-kit skips its own end event when a key comes
   * before it has measured the held card. */
  onDrop(): void
  onCancel(): void
}

const START = ['Space', 'Enter']
const END = ['Space', 'Enter', 'Tab']

export class StepKeyboardSensor implements SensorInstance {
  autoScrollEnabled = false
  static activators: Activators<StepKeyboardOptions> = [
    {
      eventName: 'onKeyDown',
      handler: (event, _options, { active }) => {
        if (!START.includes(event.nativeEvent.code)) return false
        const activator = active.activatorNode.current
        if (activator && event.target !== activator) return false
        event.preventDefault()
        return true
      },
    },
  ]

  private readonly doc: Document
  private readonly win: Window

  constructor(private readonly props: SensorProps<StepKeyboardOptions>) {
    const target = props.event.target as Node | null
    this.doc = target?.ownerDocument ?? document
    this.win = this.doc.defaultView ?? window
    this.doc.addEventListener('keydown', this.onKeyDown)
    this.win.addEventListener('resize', this.cancel)
    this.doc.addEventListener('visibilitychange', this.cancel)
    props.onStart({ x: 0, y: 0 })
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    // The key that picked the block up bubbles here too.
    if (event === this.props.event) return
    const { code } = event
    if (END.includes(code)) {
      event.preventDefault()
      this.detach()
      this.props.options.onDrop()
      this.props.onEnd()
    } else if (code === 'Escape') {
      event.preventDefault()
      this.cancel()
    } else if (code === 'ArrowUp' || code === 'ArrowDown') {
      event.preventDefault()
      this.props.options.onStep(code === 'ArrowUp' ? -1 : 1)
    }
  }

  private readonly cancel = (): void => {
    this.detach()
    this.props.options.onCancel()
    this.props.onCancel()
  }

  private detach(): void {
    this.doc.removeEventListener('keydown', this.onKeyDown)
    this.win.removeEventListener('resize', this.cancel)
    this.doc.removeEventListener('visibilitychange', this.cancel)
  }
}
