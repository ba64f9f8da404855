// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Block, BlockTypeSchema } from '../../core'
import { PageRender } from './PageRender'

afterEach(cleanup)

const schema: BlockTypeSchema[] = [
  { type: 'banner', label: 'Banner', fields: [{ key: 'note', type: 'text', label: 'Note' }] },
]

describe('<PageRender>', () => {
  it('renders known types by their view and sanitizes rich text', () => {
    const blocks: Block[] = [
      { id: 'h', type: 'heading', value: { text: 'Opening night', level: 'h3' } },
      {
        id: 'r',
        type: 'rich-text',
        value: {
          body_html: '<p>Kept</p><img src="x" onerror="alert(1)"><script>alert(2)</script>',
        },
      },
      { id: 's', type: 'stats', value: { items: [{ label: 'Seats', value: 900 }] } },
    ]
    const { container } = render(<PageRender blocks={blocks} schema={schema} />)
    expect(screen.getByRole('heading', { level: 3, name: 'Opening night' })).toBeTruthy()
    expect(screen.getByText('Kept')).toBeTruthy()
    expect(container.querySelector('script, [onerror]')).toBeNull()
    expect(screen.getByText('900')).toBeTruthy()
  })

  it('renders an unknown type from its schema, and one without schema by its name', () => {
    const blocks: Block[] = [
      { id: 'b', type: 'banner', value: { note: 'Doors open at 7' } },
      { id: 'x', type: 'mystery', value: { anything: 1 } },
    ]
    render(<PageRender blocks={blocks} schema={schema} />)
    expect(screen.getByRole('region', { name: 'Banner' }).textContent).toContain('Doors open at 7')
    expect(screen.getByRole('region', { name: 'mystery' })).toBeTruthy()
  })

  it('says when the page is empty', () => {
    render(<PageRender blocks={[]} schema={schema} />)
    expect(screen.getByText('This page has no blocks.')).toBeTruthy()
  })
})
