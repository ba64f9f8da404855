// @vitest-environment jsdom
// Long change lists and block lists show their first items, then all of them on request, with
// focus moving to the first item that was hidden (the button that had it is gone).
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { describeChanges, diffBlocks } from '../../core'
import type { Block } from '../../core'
import { testSchema } from '../../test/doubles/editor-fixture'
import { BlockDiffList } from './BlockDiffList'
import { ChangeList } from './ChangeList'

afterEach(cleanup)

const quotes = (n: number): Block[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `q${i}`,
    type: 'quote',
    value: { quote: `Line ${i}` },
  }))

describe('long lists', () => {
  it('shows the first lines of the change list, then all with focus on the next one', () => {
    const lines = describeChanges(diffBlocks([], quotes(5), testSchema), { schema: testSchema })
    render(
      <MemoryRouter>
        <ChangeList lines={lines} recordRef={{ collection: 'pages', id: 'home' }} first={3} />
      </MemoryRouter>,
    )
    expect(screen.getAllByRole('listitem')).toHaveLength(3)
    fireEvent.click(screen.getByRole('button', { name: 'Show all 5 changes' }))
    expect(screen.getAllByRole('listitem')).toHaveLength(5)
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull()
    expect(document.activeElement?.textContent).toBe('Added “Line 3” above “Line 4”')
  })

  it('shows the first block cards, then the rest with focus on the first new card', () => {
    const diff = diffBlocks([], quotes(4), testSchema)
    render(<BlockDiffList diff={diff} schema={testSchema} baselineLabel="Published" first={2} />)
    expect(screen.getAllByRole('article')).toHaveLength(2)
    fireEvent.click(screen.getByRole('button', { name: 'Show 2 more' }))
    expect(screen.getAllByRole('article')).toHaveLength(4)
    expect(document.activeElement).toBe(document.querySelector('[data-review-block="q2"]'))
  })

  it('folds unchanged blocks into one line', () => {
    const blocks = quotes(3)
    const changed = blocks.map((b, i) => (i === 1 ? { ...b, value: { quote: 'New' } } : b))
    render(
      <BlockDiffList
        diff={diffBlocks(blocks, changed, testSchema)}
        schema={testSchema}
        baselineLabel="Version 2"
      />,
    )
    expect(screen.getAllByText('1 block unchanged')).toHaveLength(2)
    const card = screen.getByRole('article', { name: 'New' })
    expect(card.textContent).toContain('Changed')
    fireEvent.click(screen.getByRole('button', { name: 'Show both sides' }))
    expect(screen.getByRole('group', { name: 'Version 2' }).textContent).toContain('Line 1')
  })
})
