// @vitest-environment jsdom
// A block that differs is shown once: its diff (formatting kept), the two sides only on request,
// a move in words (from where to where), and added or removed content once.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { diffBlocks } from '../../core'
import type { Block } from '../../core'
import { testBlocks, testSchema } from '../../test/doubles/editor-fixture'
import { BlockDiffList } from './BlockDiffList'

afterEach(cleanup)

function blocks(): [Block, Block, Block] {
  const [hero, text, quote] = testBlocks()
  if (!hero || !text || !quote) throw new Error('fixture changed')
  return [hero, text, quote]
}

function show(before: Block[], after: Block[]) {
  render(
    <BlockDiffList
      diff={diffBlocks(before, after, testSchema)}
      schema={testSchema}
      baselineLabel="Published"
    />,
  )
}

describe('BlockCard', () => {
  it('shows a changed block once, as its diff with formatting, and both sides on request', () => {
    const [hero, text, quote] = blocks()
    const rich = { ...text, value: { body_html: '<p>Intro <strong>bold</strong> paragraph</p>' } }
    const edited = { ...rich, value: { body_html: '<p>Intro <strong>bold</strong> text</p>' } }
    show([hero, rich, quote], [hero, edited, quote])
    const card = screen.getByRole('article', { name: 'Intro bold text' })
    // The diff: formatting kept, the change marked.
    expect(card.querySelector('.review-fields strong')?.textContent).toBe('bold')
    expect(card.querySelector('.review-fields ins')?.textContent).toBe('added: text')
    expect(card.querySelector('.review-fields del')?.textContent).toBe('removed: paragraph')
    // The text appears once until the sides are asked for.
    expect(within(card).queryByRole('group', { name: 'Published' })).toBeNull()
    const toggle = within(card).getByRole('button', { name: 'Show both sides' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(toggle.textContent).toBe('Hide both sides')
    const published = within(card).getByRole('group', { name: 'Published' })
    const draft = within(card).getByRole('group', { name: 'Draft' })
    expect(published.querySelector('strong')?.textContent).toBe('bold')
    expect(published.textContent).toContain('Intro bold paragraph')
    expect(draft.querySelector('strong')?.textContent).toBe('bold')
    expect(draft.textContent).toContain('Intro bold text')
  })

  it('never renders script from rich text in the sides', () => {
    const [hero, text, quote] = blocks()
    const hostile = {
      ...text,
      value: { body_html: '<p>Hi <img src=x onerror="alert(1)"><script>alert(2)</script></p>' },
    }
    show([hero, text, quote], [hero, hostile, quote])
    fireEvent.click(screen.getByRole('button', { name: 'Show both sides' }))
    const draft = screen.getByRole('group', { name: 'Draft' })
    expect(draft.querySelector('[onerror]')).toBeNull()
    expect(draft.querySelector('script')).toBeNull()
  })

  it('says where a moved block came from and went to, without two identical sides', () => {
    const [hero, text, quote] = blocks()
    show([hero, text, quote], [quote, hero, text])
    const card = screen.getByRole('article', { name: 'To be or not' })
    expect(within(card).getByText('Moved', { selector: '.review-status' })).toBeTruthy()
    expect(card.querySelector('.review-move')?.textContent).toBe(
      'Moved from below “Intro paragraph” to above “Spring season”.',
    )
    expect(within(card).queryByRole('button', { name: /both sides/ })).toBeNull()
    expect(within(card).queryByRole('group')).toBeNull()
  })

  it('shows the content of an added or removed block once', () => {
    const [hero, text, quote] = blocks()
    show([hero, text], [hero, quote])
    const added = screen.getByRole('article', { name: 'To be or not' })
    expect(within(added).getByRole('group', { name: 'Draft' }).textContent).toContain(
      'To be or not',
    )
    expect(within(added).queryByRole('group', { name: 'Published' })).toBeNull()
    const removed = screen.getByRole('article', { name: 'Intro paragraph' })
    expect(within(removed).getByRole('group', { name: 'Published' }).textContent).toContain(
      'Intro paragraph',
    )
    expect(within(removed).queryByRole('group', { name: 'Draft' })).toBeNull()
  })
})
