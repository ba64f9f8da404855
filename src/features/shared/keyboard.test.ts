// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { isTextEntryTarget, shortcutOf } from './keyboard'

const key = (
  k: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>> = {},
) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
})

describe('shortcutOf', () => {
  it('maps Ctrl and Cmd combinations', () => {
    expect(shortcutOf(key('s', { ctrl: true }))).toBe('save')
    expect(shortcutOf(key('s', { meta: true }))).toBe('save')
    expect(shortcutOf(key('z', { ctrl: true }))).toBe('undo')
    expect(shortcutOf(key('Z', { meta: true, shift: true }))).toBe('redo')
    expect(shortcutOf(key('y', { ctrl: true }))).toBe('redo')
    expect(shortcutOf(key('c', { meta: true }))).toBe('copy')
    expect(shortcutOf(key('v', { ctrl: true }))).toBe('paste')
  })

  it('ignores keys without the command modifier or with Alt', () => {
    expect(shortcutOf(key('s'))).toBeNull()
    expect(shortcutOf(key('z', { ctrl: true, alt: true }))).toBeNull()
    expect(shortcutOf(key('x', { ctrl: true }))).toBeNull()
  })
})

describe('isTextEntryTarget', () => {
  it('recognises inputs, textareas and rich-text editors', () => {
    document.body.innerHTML = `
      <input id="text" /><input id="box" type="checkbox" /><textarea id="area"></textarea>
      <div contenteditable="true"><p id="inner">x</p></div><button id="btn">b</button>`
    const el = (id: string) => document.getElementById(id)
    expect(isTextEntryTarget(el('text'))).toBe(true)
    expect(isTextEntryTarget(el('area'))).toBe(true)
    expect(isTextEntryTarget(el('inner'))).toBe(true)
    expect(isTextEntryTarget(el('box'))).toBe(false)
    expect(isTextEntryTarget(el('btn'))).toBe(false)
    expect(isTextEntryTarget(null)).toBe(false)
  })
})
