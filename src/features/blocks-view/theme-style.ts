// Theme settings as the look of the drawn page: colours, font and template become CSS custom
// properties and a class on the element that holds the blocks (canvas or preview). The page's
// own settings win over the site's. Keys are matched by meaning, not by one backend's names, and
// every value is checked before it reaches CSS, so a setting can never inject a declaration.
import type { CSSProperties } from 'react'
import type { FieldValues } from '../../core'

export interface ThemeLook {
  style: CSSProperties
  /** `theme-template--<name>` when a template is set. */
  className: string
}

const COLOR = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla)\([\d\s.,%/+-]+\)|[a-z]{3,20})$/i

const FONTS: Readonly<Record<string, string>> = {
  inter: 'Inter, "Helvetica Neue", Arial, sans-serif',
  'source-serif': '"Source Serif Pro", "Source Serif 4", Georgia, serif',
  serif: 'Georgia, "Times New Roman", serif',
  system: 'system-ui, -apple-system, "Segoe UI", sans-serif',
  mono: 'ui-monospace, "SFMono-Regular", Menlo, monospace',
}

function color(value: unknown): string | undefined {
  return typeof value === 'string' && COLOR.test(value.trim()) ? value.trim() : undefined
}

function font(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined
  const known = FONTS[value.trim().toLowerCase()]
  if (known) return known
  // A family name typed by hand: letters, digits, spaces and hyphens only.
  return /^[a-z0-9 -]{2,40}$/i.test(value.trim())
    ? `"${value.trim()}", system-ui, sans-serif`
    : undefined
}

function find(values: FieldValues, pattern: RegExp): unknown {
  for (const [key, value] of Object.entries(values)) if (pattern.test(key)) return value
  return undefined
}

/** Site values first, then the page's over them (only the keys the page sets). */
export function themeLook(site: FieldValues | undefined, page: FieldValues | undefined): ThemeLook {
  const merged: FieldValues = { ...site }
  for (const [key, value] of Object.entries(page ?? {})) {
    if (value !== null && value !== undefined && value !== '') merged[key] = value
  }
  const style: Record<string, string> = {}
  const primary = color(find(merged, /^(primary|brand|main)[-_]?colou?r$/i))
  const accent = color(find(merged, /^(accent|secondary)[-_]?colou?r$/i))
  const text = color(find(merged, /^(text|body)[-_]?colou?r$/i))
  const background = color(find(merged, /^(background|bg)[-_]?colou?r$/i))
  const family = font(find(merged, /^(font|font[-_]?family|typeface)$/i))
  if (primary) style['--theme-primary'] = primary
  if (accent) style['--theme-accent'] = accent
  if (text) style['--theme-text'] = text
  if (background) style['--theme-background'] = background
  if (family) style['--theme-font'] = family
  const template = find(merged, /^(template|layout)$/i)
  const className =
    typeof template === 'string' && /^[a-z0-9-]{1,30}$/i.test(template)
      ? `theme-template--${template.toLowerCase()}`
      : ''
  return { style: style as CSSProperties, className }
}
