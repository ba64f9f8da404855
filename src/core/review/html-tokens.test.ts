import { describe, expect, it } from 'vitest'
import { attributeOf, decodeEntities, htmlToPlainText, tokenizeHtml } from './html-tokens'

describe('tokenizeHtml', () => {
  it('splits tags, words and whitespace and keeps the raw source', () => {
    expect(tokenizeHtml('<p>Hi <strong>you</strong><br/></p>')).toEqual([
      { type: 'open', name: 'p', raw: '<p>' },
      { type: 'word', raw: 'Hi', text: 'Hi' },
      { type: 'space', raw: ' ' },
      { type: 'open', name: 'strong', raw: '<strong>' },
      { type: 'word', raw: 'you', text: 'you' },
      { type: 'close', name: 'strong', raw: '</strong>' },
      { type: 'void', name: 'br', raw: '<br/>' },
      { type: 'close', name: 'p', raw: '</p>' },
    ])
  })

  it('skips comments and treats a stray < as text', () => {
    expect(tokenizeHtml('a<!-- note -->b < c')).toEqual([
      { type: 'word', raw: 'a', text: 'a' },
      { type: 'word', raw: 'b', text: 'b' },
      { type: 'space', raw: ' ' },
      { type: 'word', raw: '<', text: '<' },
      { type: 'space', raw: ' ' },
      { type: 'word', raw: 'c', text: 'c' },
    ])
    expect(tokenizeHtml('x<!-- open')).toEqual([{ type: 'word', raw: 'x', text: 'x' }])
  })

  it('knows void elements with and without a closing slash', () => {
    expect(tokenizeHtml('<img src="a.png"><span/>').map((t) => t.type)).toEqual(['void', 'void'])
  })
})

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('Tom &amp; Jerry &#8211; &#x2014; &nbsp;&bogus; &#0;')).toBe(
      'Tom & Jerry – —  &bogus; &#0;',
    )
  })
})

describe('attributeOf', () => {
  it('reads double-quoted, single-quoted and bare values', () => {
    expect(attributeOf('<a href="/x?a=1&amp;b=2">', 'href')).toBe('/x?a=1&b=2')
    expect(attributeOf("<a href='/y'>", 'href')).toBe('/y')
    expect(attributeOf('<a href=/z>', 'href')).toBe('/z')
    expect(attributeOf('<a title="t">', 'href')).toBe('')
  })
})

describe('htmlToPlainText', () => {
  it('joins lines with one space and keeps words split by inline marks together', () => {
    expect(
      htmlToPlainText('<h3>Getting here</h3><ul><li>By <em>bus</em>,</li><li>on foot</li></ul>'),
    ).toBe('Getting here By bus, on foot')
    expect(htmlToPlainText('One<br>two')).toBe('One two')
    expect(htmlToPlainText('')).toBe('')
  })
})
