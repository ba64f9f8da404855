// What the editor knows about Tines: one collection (cases), the eight block types as editor
// schemas, and which value keys travel on the block and which on its note element.
import type { BlockTypeSchema, FieldSchema } from '../../core/types'
import { capabilitiesOf } from '../../core/backend-capabilities'
import type { Capabilities, CollectionInfo } from '../types'

export const TINES_COLLECTIONS: readonly CollectionInfo[] = [{ id: 'cases', label: 'Cases' }]

export const TINES_CAPABILITIES: Capabilities = capabilitiesOf('tines')

export const NOTE_COLORS = ['white', 'gold', 'magenta', 'green', 'blue', 'red', 'mint', 'indigo']

/** Keys written with PUT …/blocks/{id}; the others go to the note element. */
export const BLOCK_KEYS = ['title', 'hidden'] as const
export const ELEMENT_KEYS = ['color', 'content', 'content_html'] as const

const label = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)

const common = (type: string): FieldSchema[] => [
  // Tines refuses a block without a title, so a new block starts with one.
  { key: 'title', type: 'text', label: 'Title', required: true, defaultValue: `New ${type}` },
  { key: 'hidden', type: 'checkbox', label: 'Hidden' },
]

const color: FieldSchema = {
  key: 'color',
  type: 'select',
  label: 'Colour',
  options: NOTE_COLORS.map((value) => ({ value, label: label(value) })),
}

/**
 * The types whose create the documents describe: a note or html block is created with its note
 * element `{content, note_type, color}` (vendor-facts.md, Tines; note_type and colours in
 * tines-case-blocks-update.txt), a block group with a title alone (`POST {title, block_type}`,
 * backends README). What a file, linked-cases, metadata, closure-conditions or case-action block
 * needs at creation is not described, so the editor edits those but never creates one.
 */
export const CREATABLE_TYPES: readonly string[] = ['note', 'html', 'block_group']

const schema = (type: string, text: string, extra: FieldSchema[] = []): BlockTypeSchema => ({
  type,
  label: text,
  fields: [...common(text.toLowerCase()), ...extra],
  ...(CREATABLE_TYPES.includes(type) ? {} : { creatable: false }),
})

/** Note first: it is the simplest block to create (the palette's and the contract's default). */
export const TINES_BLOCK_TYPES: readonly BlockTypeSchema[] = [
  schema('note', 'Note', [color, { key: 'content', type: 'text', label: 'Note' }]),
  // Rich text travels as `<key>_html` in the editor, so an html note's content is `content_html`.
  schema('html', 'HTML', [color, { key: 'content', type: 'richText', label: 'Content' }]),
  { ...schema('block_group', 'Block group'), container: true },
  schema('file', 'File'),
  schema('linked_cases', 'Linked cases'),
  schema('metadata', 'Metadata'),
  schema('closure_conditions', 'Closure conditions'),
  schema('case_action', 'Case action'),
]

export const hasNote = (type: string): boolean => type === 'note' || type === 'html'
/** Tines' note_type: "html" for html blocks and "text" for any others (the document). */
export const noteTypeOf = (type: string): 'html' | 'text' => (type === 'html' ? 'html' : 'text')

export const contentKey = (type: string): 'content' | 'content_html' =>
  type === 'html' ? 'content_html' : 'content'
