// Who may do what: the one table the server enforces and the app reads to hide what a role cannot
// do. Editors edit drafts; designers also reorder whole pages and change theme settings; admins
// also publish (and unpublish), delete records and manage users.

export const ROLES = ['editor', 'designer', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** What one request does, as far as roles are concerned. */
export const ROLE_ACTIONS = [
  'read',
  'edit',
  'reorder',
  'theme',
  'publish',
  'delete',
  'admin',
] as const
export type RoleAction = (typeof ROLE_ACTIONS)[number]

const ALLOWED: Record<Role, ReadonlySet<RoleAction>> = {
  editor: new Set(['read', 'edit']),
  designer: new Set(['read', 'edit', 'reorder', 'theme']),
  admin: new Set(ROLE_ACTIONS),
}

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value)

export const roleAllows = (role: Role, action: RoleAction): boolean => ALLOWED[role].has(action)

/** Plain words for a refusal, e.g. "change theme settings". */
export const ACTION_WORDS: Record<RoleAction, string> = {
  read: 'read content',
  edit: 'edit drafts',
  reorder: 'reorder whole pages',
  theme: 'change theme settings',
  publish: 'publish or unpublish',
  delete: 'delete records',
  admin: 'do administrative work',
}
