// A short human name for a block (outline, conflicts, errors): its own text when it has some.
import { isPlainObject } from '../deep-equal'
import type { Block, BlockTypeSchema } from '../types'

const MAX = 40
const ADDRESS_KEY = /^(src|href|url|link|path)$/i

function plain(value: unknown): string {
  if (typeof value !== 'string') return ''
  const text = value
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
  return text.replace(/\s+/g, ' ').trim()
}

/** Shortened at a word boundary when there is one in the second half, so no word is cut. */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  // One character more than fits: a space there means the word before it ends in time.
  const space = text.slice(0, max).lastIndexOf(' ')
  const head = space >= max / 2 ? text.slice(0, space) : text.slice(0, max - 1)
  return `${head.replace(/[\s,.;:–—-]+$/, '')}…`
}

const WORD_KEYS = ['title', 'heading', 'headline', 'text', 'label', 'name', 'alt', 'caption']

function objectWords(value: unknown): unknown[] {
  return isPlainObject(value) ? WORD_KEYS.map((key) => value[key]) : []
}

function clip(text: string): string {
  return clipAtWord(text, MAX)
}

// Blocks are immutable (an edit makes a new object), so a label is computed once per block and
// schema type: the canvas, the outline and the announcements ask for it on every render.
const labels = new WeakMap<Block, { schemaType: BlockTypeSchema | undefined; label: string }>()

/** The first non-empty text field (a heading first), else the schema's label, else the type. */
export function blockLabel(block: Block, schemaType?: BlockTypeSchema): string {
  const known = labels.get(block)
  if (known && known.schemaType === schemaType) return known.label
  const label = computeLabel(block, schemaType)
  labels.set(block, { schemaType, label })
  return label
}

function computeLabel(block: Block, schemaType?: BlockTypeSchema): string {
  const candidates: unknown[] = [block.value.heading, block.value.title]
  if (schemaType) {
    for (const field of schemaType.fields) {
      // An address (an image's src, a button's href) names nothing a person would recognise.
      if (field.type === 'text' && !ADDRESS_KEY.test(field.key))
        candidates.push(block.value[field.key])
      if (field.type === 'richText') candidates.push(block.value[`${field.key}_html`])
      // A free-form state (Kragle's) names itself by the keys that hold words.
      if (field.type === 'customObject') candidates.push(...objectWords(block.value[field.key]))
    }
  } else {
    candidates.push(...Object.values(block.value))
  }
  for (const candidate of candidates) {
    const text = plain(candidate)
    if (text) return clip(text)
  }
  return schemaType?.label || block.type
}
