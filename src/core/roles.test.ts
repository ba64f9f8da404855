import { describe, expect, it } from 'vitest'
import { isRole, roleAllows, ROLE_ACTIONS } from './roles'

describe('roleAllows', () => {
  it('lets editors read and edit only', () => {
    const allowed = ROLE_ACTIONS.filter((action) => roleAllows('editor', action))
    expect(allowed).toEqual(['read', 'edit'])
  })
  it('adds reorder and theme for designers', () => {
    const allowed = ROLE_ACTIONS.filter((action) => roleAllows('designer', action))
    expect(allowed).toEqual(['read', 'edit', 'reorder', 'theme'])
  })
  it('lets admins do everything', () => {
    expect(ROLE_ACTIONS.every((action) => roleAllows('admin', action))).toBe(true)
  })
  it('recognises only the three roles', () => {
    expect(['editor', 'designer', 'admin'].every(isRole)).toBe(true)
    expect(isRole('Admin')).toBe(false)
    expect(isRole(undefined)).toBe(false)
  })
})
