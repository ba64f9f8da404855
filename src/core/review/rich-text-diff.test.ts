import { describe, expect, it } from 'vitest'
import { diffRichText } from './rich-text-diff'

describe('diffRichText', () => {
  it('wraps new words in <ins> inside the draft markup', () => {
    const result = diffRichText(
      '<p>A <strong>bold</strong> plan</p>',
      '<p>A <strong>bold</strong> new plan</p>',
    )
    expect(result).toEqual({
      changed: true,
      html: '<p>A <strong>bold</strong> <ins>new </ins>plan</p>',
    })
  })

  it('puts removed words back in <del>, in the marks they had', () => {
    const result = diffRichText('<p>Tickets <em>on sale</em> now</p>', '<p>Tickets now</p>')
    expect(result.changed).toBe(true)
    expect(result.html).toBe('<p>Tickets <del><em>on sale</em> </del>now</p>')
  })

  it('shows a replaced word as removed then added', () => {
    expect(diffRichText('<p>Opens at 10:00</p>', '<p>Opens at 09:00</p>').html).toBe(
      '<p>Opens at <del>10:00</del><ins>09:00</ins></p>',
    )
  })

  it('sees a word made bold or a changed link as a change', () => {
    expect(diffRichText('<p>big news</p>', '<p><strong>big</strong> news</p>').html).toBe(
      '<p><del>big</del><strong><ins>big</ins></strong> news</p>',
    )
    const link = diffRichText('<p><a href="/a">guide</a></p>', '<p><a href="/b">guide</a></p>')
    expect(link.changed).toBe(true)
    expect(link.html).toBe(
      '<p><del><a href="/a">guide</a></del><a href="/b"><ins>guide</ins></a></p>',
    )
  })

  it('never puts a removed link inside a link', () => {
    expect(diffRichText('<p><a href="/a">x y</a></p>', '<p><a href="/a">x</a></p>').html).toBe(
      '<p><a href="/a">x<del> y</del></a></p>',
    )
  })

  it('sees a paragraph turned into a heading as a change', () => {
    expect(diffRichText('<p>Title</p>', '<h2>Title</h2>').html).toBe(
      '<h2><del>Title</del><ins>Title</ins></h2>',
    )
  })

  it('reports no change for the same text in the same marks', () => {
    expect(diffRichText('<p>Same  text</p>', '<p class="x">Same text</p>')).toEqual({
      changed: false,
      html: '<p class="x">Same text</p>',
    })
  })

  it('places words removed from the start, the end and a whole line', () => {
    expect(diffRichText('<p>Old start here</p>', '<p>start here</p>').html).toBe(
      '<p><del>Old </del>start here</p>',
    )
    expect(diffRichText('<p>One</p><p>Two words</p>', '<p>One</p>').html).toBe(
      '<p>One<del>Two words</del></p>',
    )
    expect(diffRichText('<p>First</p><p>Second</p>', '<p>Second</p>').html).toBe(
      '<p><del>First</del>Second</p>',
    )
  })

  it('joins removed words from two lines with a space', () => {
    expect(diffRichText('<p>a b</p><p>c d</p>', '<p>a</p>').html).toBe('<p>a<del> b c d</del></p>')
  })

  it('shows everything removed when the draft is empty, and everything new when the old one was', () => {
    expect(diffRichText('<p>Gone <em>now</em></p>', '')).toEqual({
      changed: true,
      html: '<p><del>Gone <em>now</em></del></p>',
    })
    expect(diffRichText('', '<p>New</p>').html).toBe('<p><ins>New</ins></p>')
  })

  it('keeps images and line breaks as units', () => {
    const result = diffRichText('<p>A<br>B</p>', '<p>A<br>B<img src="x.png"></p>')
    expect(result.html).toBe('<p>A<br>B<ins><img src="x.png"></ins></p>')
    expect(result.changed).toBe(true)
  })

  it('does not mark whitespace alone as an insertion', () => {
    expect(diffRichText('<p>a</p><p>b</p>', '<p>a </p><p>b</p>')).toEqual({
      changed: false,
      html: '<p>a </p><p>b</p>',
    })
  })
})
