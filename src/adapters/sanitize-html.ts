// The one DOMPurify configuration of the app: every HTML string is cleaned with it when it is
// rendered (canvas, preview, review, the rich-text editor) and again by the adapters before it is
// sent (`<field>_html`), so neither a hostile backend nor a hostile paste gets script through.
// It lives here, at the top of src/adapters, because both the adapters and the features use it.
import DOMPurify from 'dompurify'
import type { Config } from 'dompurify'
import type { Block, FieldValues, NewBlock, Operation } from '../core/types'

/**
 * HTML only (no SVG or MathML, the usual homes of mXSS); no forms, frames, styles, <base> or
 * <meta>; no inline style either, since a position:fixed overlay could cover the editor. Links
 * keep DOMPurify's URL allow-list (http(s), mailto, tel, relative; never javascript: or data:).
 */
export const SANITIZE_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'base',
    'meta',
    'link',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'template',
    'dialog',
    'noscript',
  ],
  FORBID_ATTR: ['style', 'formaction', 'action', 'srcdoc', 'autofocus', 'background'],
  ALLOW_DATA_ATTR: false,
  // ids and names from content could clobber globals (window.config, document.forms…).
  SANITIZE_NAMED_PROPS: true,
}

// DOMPurify needs a DOM. Outside a browser (the adapters' contract tests run in Node) it has no
// sanitize at all; nothing renders HTML there, and the browser sanitizes again when it renders.
const canSanitize = typeof DOMPurify.sanitize === 'function'

// An instance of our own with the configuration set once: passing it to every sanitize() makes
// DOMPurify parse it again each time, a third of the cost of cleaning a short field on a keystroke.
const purifier = canSanitize && typeof window !== 'undefined' ? DOMPurify(window) : null
purifier?.setConfig({ ...SANITIZE_CONFIG, RETURN_TRUSTED_TYPE: false })

// The same strings are cleaned over and over (each render of a field, each keystroke's mirror):
// the last results are kept. Cleaning is a pure function of the input under one configuration.
const CACHE_ENTRIES = 256
const CACHE_MAX_CHARS = 64 * 1024
const cache = new Map<string, string>()

export function sanitizeHtml(html: string): string {
  if (!purifier) return html
  const hit = cache.get(html)
  if (hit !== undefined) return hit
  const clean = purifier.sanitize(html)
  if (html.length <= CACHE_MAX_CHARS) {
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value as string)
    cache.set(html, clean)
  }
  return clean
}

export const isHtmlKey = (key: string): boolean => key.endsWith('_html')

/** A copy of `value` whose `<field>_html` strings are sanitized (other values untouched). */
export function sanitizeValues(value: FieldValues): FieldValues {
  let out: FieldValues | null = null
  for (const [key, field] of Object.entries(value)) {
    if (!isHtmlKey(key) || typeof field !== 'string') continue
    const clean = sanitizeHtml(field)
    if (clean === field) continue
    out ??= { ...value }
    out[key] = clean
  }
  return out ?? value
}

function sanitizeNewBlock<T extends NewBlock | Block>(block: T): T {
  const value = block.value === undefined ? undefined : sanitizeValues(block.value)
  const children = block.children?.map(sanitizeNewBlock)
  return {
    ...block,
    ...(value === undefined ? {} : { value }),
    ...(children === undefined ? {} : { children }),
  }
}

/** The operations with every `_html` value they carry sanitized: what an adapter sends. */
export function sanitizeOperations(ops: readonly Operation[]): Operation[] {
  return ops.map((op): Operation => {
    switch (op.op) {
      case 'update':
        return { ...op, value: sanitizeValues(op.value) }
      case 'insertBefore':
      case 'insertAfter':
      case 'append':
      case 'prepend':
        return { ...op, block: sanitizeNewBlock(op.block) }
      case 'replaceAll':
        return { ...op, blocks: op.blocks.map(sanitizeNewBlock) }
      default:
        return op
    }
  })
}

/** Blocks with every `_html` value sanitized (adapters that send whole documents). */
export function sanitizeBlocks(blocks: readonly Block[]): Block[] {
  return blocks.map(sanitizeNewBlock)
}
