// Theme settings of the demo tenant: the site-wide schema and values, and per-record schemas.
import type { FieldSchema, FieldValues } from '../../../../core/types'

export const SITE_THEME_FIELDS: FieldSchema[] = [
  { key: 'primaryColor', type: 'text', label: 'Primary colour', defaultValue: '#1d4ed8' },
  { key: 'accentColor', type: 'text', label: 'Accent colour' },
  {
    key: 'fontFamily',
    type: 'select',
    label: 'Font family',
    options: [
      { value: 'inter', label: 'Inter' },
      { value: 'source-serif', label: 'Source Serif' },
      { value: 'system', label: 'System UI' },
    ],
    defaultValue: 'inter',
  },
  { key: 'logo', type: 'upload', label: 'Logo', relationTo: 'media' },
  { key: 'showSearch', type: 'checkbox', label: 'Show search', defaultValue: true },
  { key: 'footerNote', type: 'richText', label: 'Footer note' },
  { key: 'legacyBanner', type: 'text', label: 'Legacy banner (deprecated)' },
]

export const SITE_THEME_VALUES: FieldValues = {
  primaryColor: '#1d4ed8',
  accentColor: '#f59e0b',
  fontFamily: 'inter',
  logo: 'media-logo',
  showSearch: true,
  footerNote_html:
    '<p>Harbour Arts Centre is a registered charity. <a href="/about">About us</a>.</p>',
  legacyBanner: 'Our old website is still available until June.',
}

const TEMPLATE: FieldSchema = {
  key: 'template',
  type: 'select',
  label: 'Template',
  options: [
    { value: 'default', label: 'Default' },
    { value: 'landing', label: 'Landing page' },
    { value: 'wide', label: 'Wide' },
  ],
  defaultValue: 'default',
}

export const PAGE_THEME_FIELDS: FieldSchema[] = [
  TEMPLATE,
  { key: 'heroOverlay', type: 'number', label: 'Hero overlay opacity (%)', defaultValue: 40 },
  { key: 'hideFooter', type: 'checkbox', label: 'Hide footer', defaultValue: false },
  { key: 'accentColor', type: 'text', label: 'Accent colour' },
]

/** Other collections' records carry a smaller template model. */
export const RECORD_THEME_FIELDS: FieldSchema[] = [
  TEMPLATE,
  { key: 'accentColor', type: 'text', label: 'Accent colour' },
]

export const PAGE_THEME_VALUES: Record<string, FieldValues> = {
  home: { template: 'landing', heroOverlay: 35, hideFooter: false },
  about: { template: 'default', accentColor: '#0f766e' },
}
