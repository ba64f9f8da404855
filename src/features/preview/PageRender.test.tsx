// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Block, BlockTypeSchema } from '../../core'
import { themeLook } from '../blocks-view'
import { renderWithAdapter } from '../../test/doubles/render-editor'
import { PageRender } from './PageRender'

afterEach(cleanup)

const schema: BlockTypeSchema[] = [
  {
    type: 'banner',
    label: 'Banner',
    fields: [
      { key: 'title', type: 'text', label: 'Title' },
      { key: 'note', type: 'text', label: 'Note' },
      { key: 'seats', type: 'number', label: 'Seats' },
      { key: 'open', type: 'checkbox', label: 'Open' },
      { key: 'photo', type: 'upload', label: 'Photo', relationTo: 'media' },
    ],
  },
  {
    type: 'hero',
    label: 'Hero',
    fields: [
      { key: 'heading', type: 'text', label: 'Heading' },
      { key: 'image', type: 'upload', label: 'Image', relationTo: 'media' },
    ],
  },
  { type: 'box', label: 'Box', container: true, fields: [] },
]

describe('<PageRender>', () => {
  it('draws known types by their view and sanitizes rich text', () => {
    const blocks: Block[] = [
      { id: 'h', type: 'heading', value: { text: 'Opening night', level: 'h3' } },
      {
        id: 'r',
        type: 'rich-text',
        value: {
          body_html:
            '<p><strong>Kept</strong></p><img src="x" onerror="alert(1)"><script>alert(2)</script>',
        },
      },
      { id: 's', type: 'stats', value: { items: [{ label: 'Seats', value: 900 }] } },
      { id: 'hero', type: 'hero', value: { heading: 'Welcome', image: 'media-harbour-hall' } },
    ]
    const { container } = renderWithAdapter(<PageRender blocks={blocks} schema={schema} />)
    expect(screen.getByRole('heading', { level: 3, name: 'Opening night' })).toBeTruthy()
    expect(screen.getByText('Kept').tagName).toBe('STRONG')
    expect(container.querySelector('script, [onerror]')).toBeNull()
    expect(screen.getByText('900')).toBeTruthy()
    const image = screen.getByRole('img', { name: 'Harbour hall' })
    expect(image.tagName).toBe('IMG')
    expect(container.textContent).not.toContain('media-harbour-hall')
  })

  it('draws any other type from its schema: title as heading, values formatted', () => {
    const blocks: Block[] = [
      {
        id: 'b',
        type: 'banner',
        value: { title: 'Doors', note: 'Open at 7', seats: 1200, open: true, photo: 'media-foyer' },
      },
    ]
    renderWithAdapter(<PageRender blocks={blocks} schema={schema} />, 'kragle')
    expect(screen.getByRole('heading', { name: 'Doors' })).toBeTruthy()
    expect(screen.getByText('Open at 7').tagName).toBe('P')
    expect(screen.getByText((1200).toLocaleString())).toBeTruthy()
    expect(document.querySelector('.pv-check--on')?.textContent).toBe('✓ Open: yes')
    expect(screen.getByRole('img', { name: 'Foyer' })).toBeTruthy()
  })

  it("draws a free-form heading block's text as a heading, other free-form text as a line", () => {
    const free = (type: string): BlockTypeSchema => ({
      type,
      label: type,
      fields: [{ key: 'state', type: 'customObject', label: 'State' }],
    })
    const blocks: Block[] = [
      { id: 'h', type: 'heading', value: { state: { text: 'Welcome to Kragle' } } },
      { id: 'p', type: 'paragraph', value: { state: { text: 'Stacks are built from blocks.' } } },
    ]
    renderWithAdapter(
      <PageRender blocks={blocks} schema={[free('heading'), free('paragraph')]} />,
      'kragle',
    )
    expect(screen.getByRole('heading', { name: 'Welcome to Kragle' })).toBeTruthy()
    expect(screen.getByText('Stacks are built from blocks.').tagName).toBe('P')
    expect(screen.queryAllByText('Welcome to Kragle')).toHaveLength(1)
  })

  it("draws Omerlo's blocks by name with their layout as a setting, entries by what they show", () => {
    const omerlo: BlockTypeSchema[] = [
      {
        type: 'a1b2c3d4-0000-4000-8000-000000000001',
        label: 'Selected contents',
        container: true,
        fields: [
          { key: 'name_en', type: 'text', label: 'Name (en)' },
          { key: 'layout', type: 'text', label: 'Layout' },
        ],
      },
      {
        type: 'content_entry',
        label: 'Content entry',
        fields: [
          { key: 'content_id', type: 'relationship', label: 'Content', relationTo: 'contents' },
          { key: 'title', type: 'text', label: 'Shown as (from Omerlo)', readOnly: true },
        ],
      },
    ]
    const uuid = 'c0000000-0000-4000-8000-00000000000a'
    const blocks: Block[] = [
      {
        id: 'b',
        type: 'a1b2c3d4-0000-4000-8000-000000000001',
        value: { name_en: 'Featured', layout: 'grid' },
        children: [
          { id: 'e1', type: 'content_entry', value: { content_id: uuid, title: 'Welcome' } },
          { id: 'e2', type: 'content_entry', value: { content_id: uuid } },
        ],
      },
    ]
    const { container } = renderWithAdapter(
      <PageRender blocks={blocks} schema={omerlo} />,
      'omerlo',
    )
    expect(screen.getByRole('heading', { name: 'Featured' })).toBeTruthy()
    expect(container.querySelector('.pv-field')?.textContent).toBe('Layout grid')
    expect(screen.getByRole('heading', { name: 'Welcome' })).toBeTruthy()
    expect(screen.queryByText('Content (untitled)')).toBeTruthy()
    expect(container.textContent).not.toContain(uuid)
  })

  it('stops drawing hundreds of nested levels with a note instead of overflowing', () => {
    let inner: Block = { id: 'leaf', type: 'heading', value: { text: 'Deepest' } }
    for (let level = 600; level > 0; level -= 1) {
      inner = { id: `box-${level}`, type: 'box', value: {}, children: [inner] }
    }
    renderWithAdapter(<PageRender blocks={[inner]} schema={schema} />)
    expect(screen.getByRole('note').textContent).toMatch(/Nested too deep to draw/)
    expect(screen.queryByText('Deepest')).toBeNull()
  })

  it('applies the theme: the page over the site', () => {
    const theme = themeLook(
      { primaryColor: '#aa0000', fontFamily: 'source-serif' },
      { primaryColor: '#00aa00', template: 'landing' },
    )
    const blocks: Block[] = [{ id: 'h', type: 'heading', value: { text: 'Hi' } }]
    const { container } = renderWithAdapter(
      <PageRender blocks={blocks} schema={schema} theme={theme} />,
    )
    const page = container.querySelector<HTMLElement>('.pv-page')
    expect(page?.style.getPropertyValue('--theme-primary')).toBe('#00aa00')
    expect(page?.style.getPropertyValue('--theme-font')).toContain('Source Serif')
    expect(page?.className).toContain('theme-template--landing')
  })

  it('says when the page is empty', () => {
    renderWithAdapter(<PageRender blocks={[]} schema={schema} />)
    expect(screen.getByText('This page has no blocks.')).toBeTruthy()
  })
})
