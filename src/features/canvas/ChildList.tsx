// The blocks nested in a container, rendered inside its card (not virtualised: containers are
// short) with their own "Add block" at the end. Below MAX_DRAWN_DEPTH levels the children are
// not drawn (a note says so): recursion that deep would exhaust the stack or freeze the tab.
import type { Block } from '../../core'
import { MAX_DRAWN_DEPTH, TooDeepNote } from '../blocks-view'
import { useEditorUi } from '../editor/editor-ui'
import { Icon } from '../shared/Icon'
import { BlockItem } from './BlockItem'
import { EmptyChildDrop } from './EmptyChildDrop'

export function ChildList(props: { parent: Block; depth: number; label: string; labelId: string }) {
  const ui = useEditorUi()
  const children = props.parent.children ?? []
  if (props.depth + 1 >= MAX_DRAWN_DEPTH && children.length > 0) {
    return (
      <div className="child-list">
        <TooDeepNote blocks={children} />
      </div>
    )
  }
  return (
    <div className="child-list">
      {children.length === 0 ? <EmptyChildDrop parentId={props.parent.id} /> : null}
      <ul className="child-list__items" aria-label={`Blocks in ${props.label}`}>
        {children.map((child) => (
          <BlockItem key={child.id} block={child} depth={props.depth + 1} />
        ))}
      </ul>
      <button
        type="button"
        className="button button--ghost button--small child-list__add"
        onClick={(e) => ui.openPalette({ kind: 'end', parentId: props.parent.id }, e.currentTarget)}
        aria-describedby={props.labelId}
      >
        <Icon name="plus" size={14} /> Add block
      </button>
    </div>
  )
}
