import { describe, expect, it } from 'vitest'
import { cloneValue, deepEqual, isPlainObject } from './deep-equal'

describe('deepEqual', () => {
  it('compares JSON-like data structurally, ignoring key order', () => {
    expect(deepEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true)
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false)
    expect(deepEqual([1], { 0: 1 })).toBe(false)
    expect(deepEqual({ a: 1 }, { a: 2 })).toBe(false)
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(false)
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(deepEqual(null, {})).toBe(false)
    expect(deepEqual(NaN, NaN)).toBe(true)
    expect(deepEqual('a', 'a')).toBe(true)
  })

  it('clones plain data and recognises plain objects', () => {
    const value = { a: [1, { b: 2 }], d: new Date(0) }
    const copy = cloneValue(value)
    expect(copy).toEqual(value)
    expect(copy.a).not.toBe(value.a)
    expect(copy.d).toBe(value.d)
    expect(isPlainObject({})).toBe(true)
    expect(isPlainObject(Object.create(null))).toBe(true)
    expect(isPlainObject([])).toBe(false)
    expect(isPlainObject(new Date())).toBe(false)
    expect(isPlainObject(null)).toBe(false)
  })
})
