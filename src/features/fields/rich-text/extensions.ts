// The rich-text features the editor offers: paragraphs, H2/H3, bold, italic, links and lists.
// StarterKit's own Link is switched off so ours (no navigation on click) is the only one.
import StarterKit from '@tiptap/starter-kit'
import Link from '@tiptap/extension-link'

export const RICH_TEXT_EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    link: false,
    code: false,
    codeBlock: false,
    blockquote: false,
    horizontalRule: false,
    strike: false,
    underline: false,
  }),
  Link.configure({
    openOnClick: false,
    autolink: true,
    defaultProtocol: 'https',
    HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
  }),
]
