// The editor's document as HTML, as Tiptap's getHTML() writes it, without the new HTML document
// getHTML() creates on every call (the largest part of reading a field after a keystroke). One
// scratch document and one serializer per schema serve every call.
import type { Editor } from '@tiptap/react'
import { DOMSerializer, type Schema } from '@tiptap/pm/model'

const serializers = new WeakMap<Schema, DOMSerializer>()
let scratch: Document | null = null

export function editorHtml(editor: Editor): string {
  const { schema, doc } = editor.state
  let serializer = serializers.get(schema)
  if (!serializer) {
    serializer = DOMSerializer.fromSchema(schema)
    serializers.set(schema, serializer)
  }
  // Detached: nothing in it loads, runs or is drawn.
  scratch ??= document.implementation.createHTMLDocument('')
  const container = scratch.createElement('div')
  container.appendChild(serializer.serializeFragment(doc.content, { document: scratch }))
  return container.innerHTML
}
