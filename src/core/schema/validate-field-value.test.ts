import { describe, expect, it } from 'vitest'
import { validateFieldValue } from './validate-field-value'
import type { FieldSchema } from '../types'

const field = (type: FieldSchema['type'], extra: Partial<FieldSchema> = {}): FieldSchema => ({
  key: 'f',
  type,
  label: 'Field',
  ...extra,
})

describe('validateFieldValue', () => {
  it('requires required values and accepts empty optional ones', () => {
    expect(validateFieldValue(field('text', { required: true }), '  ')).toBe('Field is required.')
    expect(validateFieldValue(field('richText', { required: true }), '<p> </p>')).toBe(
      'Field is required.',
    )
    expect(validateFieldValue(field('relationship', { required: true, hasMany: true }), [])).toBe(
      'Field is required.',
    )
    expect(validateFieldValue(field('number'), null)).toBeNull()
    expect(
      validateFieldValue(field('text', { required: true, label: '', key: 'k' }), undefined),
    ).toBe('k is required.')
  })

  it('checks scalar types', () => {
    expect(validateFieldValue(field('text'), 3)).toBe('Field must be text.')
    expect(validateFieldValue(field('text'), 'ok')).toBeNull()
    expect(validateFieldValue(field('number'), Infinity)).toBe('Field must be a number.')
    expect(validateFieldValue(field('number'), '3')).toBe('Field must be a number.')
    expect(validateFieldValue(field('number'), 2.5)).toBeNull()
    expect(validateFieldValue(field('checkbox'), 'yes')).toBe('Field must be on or off.')
    expect(validateFieldValue(field('checkbox'), false)).toBeNull()
  })

  it('checks select options', () => {
    const options = [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ]
    expect(validateFieldValue(field('select', { options }), 'b')).toBeNull()
    expect(validateFieldValue(field('select', { options }), 'c')).toBe(
      'Field must be one of its options.',
    )
    expect(validateFieldValue(field('select'), 'c')).toBe('Field must be one of its options.')
    expect(validateFieldValue(field('select', { options, hasMany: true }), ['a', 'b'])).toBeNull()
    expect(validateFieldValue(field('select', { options, hasMany: true }), ['a', 'z'])).toBe(
      'Field has a choice that is not one of its options.',
    )
  })

  it('accepts ISO dates and date-times only, and only real days', () => {
    const date = field('date')
    expect(validateFieldValue(date, '2026-06-04')).toBeNull()
    expect(validateFieldValue(date, '2026-06-04T10:12:00.000Z')).toBeNull()
    expect(validateFieldValue(date, '2026-06-04T10:12+02:00')).toBeNull()
    for (const bad of ['2026-02-30', '04/06/2026', '2026-06-04T10:12', 20260604]) {
      expect(validateFieldValue(date, bad)).toBe(
        'Field must be a date (yyyy-mm-dd) or an ISO date and time.',
      )
    }
  })

  it('checks references by id, single or many', () => {
    expect(validateFieldValue(field('upload'), 'img_1')).toBeNull()
    expect(
      validateFieldValue(field('relationship'), { relationTo: 'events', value: 'evt_1' }),
    ).toBeNull()
    expect(validateFieldValue(field('relationship'), { relationTo: 'events', value: '' })).toBe(
      'Field must be an id.',
    )
    expect(validateFieldValue(field('relationship'), 3)).toBe('Field must be an id.')
    expect(validateFieldValue(field('upload', { hasMany: true }), ['a', 'b'])).toBeNull()
    expect(validateFieldValue(field('upload', { hasMany: true }), 'a')).toBe(
      'Field must be a list of ids.',
    )
    expect(validateFieldValue(field('upload', { hasMany: true }), ['a', ''])).toBe(
      'Field must be a list of ids.',
    )
  })

  it('checks objects, arrays and groups through their sub-fields', () => {
    expect(validateFieldValue(field('customObject'), [1])).toBe('Field must be an object.')
    expect(validateFieldValue(field('customObject'), { a: 1 })).toBeNull()
    const fields: FieldSchema[] = [
      { key: 'title', type: 'text', label: 'Title', required: true },
      { key: 'body', type: 'richText', label: 'Body', required: true },
    ]
    const list = field('array', { fields })
    expect(validateFieldValue(list, 'x')).toBe('Field must be a list.')
    expect(validateFieldValue(list, [1])).toBe('Field item 1 must be an object.')
    expect(
      validateFieldValue(list, [
        { title: 'a', body_html: '<p>x</p>' },
        { title: '', body: 'x' },
      ]),
    ).toBe('Field item 2: Title is required.')
    expect(validateFieldValue(list, [{ title: 'a', body_html: '<p>x</p>' }])).toBeNull()
    expect(validateFieldValue(field('array'), [{}])).toBeNull()
    const group = field('group', { fields })
    expect(validateFieldValue(group, 'x')).toBe('Field must be an object.')
    expect(validateFieldValue(group, { title: 'a' })).toBe('Field: Body is required.')
    expect(validateFieldValue(group, { title: 'a', body: 'structured' })).toBeNull()
    expect(validateFieldValue(field('group'), {})).toBeNull()
  })
})
