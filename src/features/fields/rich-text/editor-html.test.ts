// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/react'
import { RICH_TEXT_EXTENSIONS } from './extensions'
import { editorHtml } from './editor-html'

const editors: Editor[] = []
const editorWith = (content: string): Editor => {
  const editor = new Editor({ extensions: RICH_TEXT_EXTENSIONS, content })
  editors.push(editor)
  return editor
}

describe('editorHtml', () => {
  afterEach(() => {
    for (const editor of editors.splice(0)) editor.destroy()
  })

  it('writes what getHTML() writes, for marks, links, headings and lists', () => {
    const samples = [
      '<p>Plain</p>',
      '<h2>Title</h2><p>Some <strong>bold</strong>, <em>italic</em> and <a href="https://example.com/a?b=1&amp;c=2">a link</a>.</p>',
      '<ul><li><p>One</p></li><li><p>Two &lt;tag&gt;</p></li></ul><ol><li><p>First</p></li></ol>',
      '<p></p>',
    ]
    for (const html of samples) {
      const editor = editorWith(html)
      expect(editorHtml(editor)).toBe(editor.getHTML())
    }
  })

  it('follows the document as it changes', () => {
    const editor = editorWith('<p>Before</p>')
    editor.commands.insertContent(' and after')
    expect(editorHtml(editor)).toBe(editor.getHTML())
    expect(editorHtml(editor)).toContain('and after')
  })
})
