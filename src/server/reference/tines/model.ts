// The Tines vocabulary the reference backend checks requests against.

export const BLOCK_TYPES = [
  'note',
  'file',
  'linked_cases',
  'metadata',
  'closure_conditions',
  'case_action',
  'block_group',
  'html',
] as const
export type TinesBlockType = (typeof BLOCK_TYPES)[number]

export const NOTE_COLORS = [
  'white',
  'gold',
  'magenta',
  'green',
  'blue',
  'red',
  'mint',
  'indigo',
] as const

export const isBlockType = (value: unknown): value is TinesBlockType =>
  typeof value === 'string' && (BLOCK_TYPES as readonly string[]).includes(value)

export const isColor = (value: unknown): value is (typeof NOTE_COLORS)[number] =>
  typeof value === 'string' && (NOTE_COLORS as readonly string[]).includes(value)

/** Blocks whose content is a note element: html blocks hold HTML, notes plain text. */
export const hasNote = (type: string): boolean => type === 'note' || type === 'html'

export const noteTypeOf = (type: string): 'html' | 'text' => (type === 'html' ? 'html' : 'text')

export const MAX_PER_PAGE = 500
export const DEFAULT_PER_PAGE = 20

export const AUTHOR = {
  user_id: '1',
  first_name: 'Reference',
  last_name: 'API',
  email: 'api@tines.invalid',
  avatar_url: '',
  is_service_account: true,
}

export interface BlockRow extends Record<string, unknown> {
  id: number
  case_id: number
  slug: string
  title: string
  block_type: string
  position: number
  hidden: boolean
  block_group_id: number | null
  created_at: string
  updated_at: string
}

export interface ElementRow extends Record<string, unknown> {
  element_id: number
  block_id: number
  element_type: string
  content: string | null
  note_type: string | null
  color: string | null
  file_json: string | null
  created_at: string
  updated_at: string
}

export interface CaseRow extends Record<string, unknown> {
  id: number
  name: string
  status: string
  created_at: string
  updated_at: string
}
