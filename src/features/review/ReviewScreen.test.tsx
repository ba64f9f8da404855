// @vitest-environment jsdom
// The review screen around a real editor store and fake adapters: the change list and diffs, the
// publish and unpublish confirmations (focus, Escape, saving first), and what it says where
// there is nothing to publish from here.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BackendAdapter, BlockDocument, RecordRef } from '../../adapters/types'
import type { Block } from '../../core'
import { EditorStoreProvider } from '../../store'
import type { EditorStoreApi } from '../../store'
import { AdapterProvider } from '../../sync'
import { SessionProvider } from '../auth/session-context'
import type { FlushNowResult } from '../../sync'
import { makeStore, testBlocks } from '../../test/doubles/editor-fixture'
import { ReviewScreen } from './ReviewScreen'

const ref: RecordRef = { collection: 'pages', id: 'home' }

afterEach(cleanup)

function adapterWith(overrides: Partial<BackendAdapter>): BackendAdapter {
  return {
    id: 'basker',
    capabilities: {
      nesting: false,
      drafts: true,
      publish: false,
      history: false,
      devices: [],
      locales: [],
      themeSettings: false,
      concurrency: 'ifUpdatedAt',
    },
    collections: [],
    listRecords: () => Promise.reject(new Error('not in tests')),
    loadRecord: () => Promise.reject(new Error('not in tests')),
    loadBlockTypes: () => Promise.reject(new Error('not in tests')),
    applyOperations: () => Promise.reject(new Error('not in tests')),
    ...overrides,
  }
}

const doc = (blocks: Block[]): BlockDocument => ({ ref, title: 'Home', blocks, version: 'p1' })

/** What is published: the test document with an older heading and without the quote. */
function publishedBlocks(): Block[] {
  const [hero, text] = testBlocks()
  if (!hero || !text) throw new Error('fixture changed')
  return [{ ...hero, value: { ...hero.value, heading: 'Winter season' } }, text]
}

function renderReview(
  adapter: BackendAdapter,
  store: EditorStoreApi = makeStore(),
  flushNow: () => Promise<FlushNowResult> = () => Promise.resolve({ kind: 'idle' }),
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <AdapterProvider
        config={{ backend: 'basker', basker: { tenant: 't', apiVersion: '2026-02' } }}
        adapter={adapter}
      >
        <MemoryRouter initialEntries={['/review/pages/home']}>
          <EditorStoreProvider store={store}>
            <ReviewScreen title="Home" recordRef={ref} flushNow={flushNow} />
          </EditorStoreProvider>
        </MemoryRouter>
      </AdapterProvider>
    </QueryClientProvider>,
  )
  return { store, queryClient }
}

const changeTexts = () =>
  within(screen.getByRole('list', { name: 'Changes' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent)

describe('ReviewScreen', () => {
  it('lists the changes in words, links them to their blocks and shows the diffs', async () => {
    const adapter = adapterWith({
      published: { loadPublished: () => Promise.resolve(doc(publishedBlocks())) },
    })
    renderReview(adapter)
    await screen.findByRole('list', { name: 'Changes' })
    expect(changeTexts()).toEqual([
      'Changed the heading of “Spring season”',
      'Added “To be or not” below “Intro paragraph”',
    ])
    expect(screen.getByText('2 changes compared with what is published.')).toBeTruthy()
    const link = screen.getByRole('link', { name: 'Changed the heading of “Spring season”' })
    expect(link.getAttribute('href')).toBe('/edit/pages/home?block=hero')
    const card = screen.getByRole('article', { name: 'Spring season' })
    expect(within(card).getByText('Winter', { selector: 'del' }).textContent).toBe(
      'removed: Winter',
    )
    expect(within(card).getByText('Spring', { selector: 'ins' }).textContent).toBe('added: Spring')
    expect(screen.getByText('Basker publishes in its own admin', { exact: false })).toBeTruthy()
    expect(screen.queryByRole('button', { name: /publish/i })).toBeNull()
    expect(screen.getByText('1 block unchanged')).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Home' }))
  })

  it('goes back to the editor on the selected block', async () => {
    const store = makeStore()
    store.getState().select('text')
    renderReview(adapterWith({ published: { loadPublished: () => Promise.resolve(null) } }), store)
    const back = await screen.findByRole('link', { name: /Back to the editor/ })
    expect(back.getAttribute('href')).toBe('/edit/pages/home?block=text')
    act(() => store.getState().select(null))
    expect(back.getAttribute('href')).toBe('/edit/pages/home')
  })

  it('renders rich-text diffs sanitised, with spoken markers', async () => {
    const [hero, text] = testBlocks()
    if (!hero || !text) throw new Error('fixture changed')
    const store = makeStore([
      hero,
      { ...text, value: { body_html: '<p>Intro <img src=x onerror="alert(1)">line</p>' } },
    ])
    const adapter = adapterWith({
      published: { loadPublished: () => Promise.resolve(doc([hero, text])) },
    })
    renderReview(adapter, store)
    const card = await screen.findByRole('article', { name: /Intro/ })
    const fields = card.querySelector('.review-fields')
    if (!fields) throw new Error('no changed fields shown')
    expect(fields.querySelector('[onerror]')).toBeNull()
    expect(fields.querySelector('ins')?.textContent).toBe('added: line')
    expect(fields.querySelector('del')?.textContent).toBe('removed: paragraph')
  })

  it('says when nothing is published yet', async () => {
    renderReview(adapterWith({ published: { loadPublished: () => Promise.resolve(null) } }))
    expect(
      await screen.findByText('Nothing is published yet: everything in the draft is new.'),
    ).toBeTruthy()
    expect(changeTexts()).toHaveLength(3)
  })

  it('shows what cannot be read, with a retry', async () => {
    const loadPublished = vi.fn(() => Promise.reject(new Error('Basker is down')))
    renderReview(adapterWith({ published: { loadPublished } }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Basker is down')
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(loadPublished).toHaveBeenCalledTimes(2))
  })

  it('on a backend without drafts, says so and lists only the unsaved changes', async () => {
    const store = makeStore()
    const adapter = adapterWith({
      id: 'tines',
      capabilities: { ...adapterWith({}).capabilities, drafts: false, concurrency: 'none' },
    })
    renderReview(adapter, store)
    expect(
      screen.getByText(/Tines has no drafts: every change is live as soon as it is saved/),
    ).toBeTruthy()
    expect(screen.getByText('Every change is saved.')).toBeTruthy()
    act(() => {
      store.getState().dispatch([{ op: 'remove', blockId: 'quote' }], 'Remove')
    })
    expect(changeTexts()).toEqual(['Removed “To be or not” Not saved yet'])
    expect(screen.getByText('1 change not saved yet.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /publish/i })).toBeNull()
    expect(screen.queryByLabelText('Compare with')).toBeNull()
  })

  it('compares with an earlier version picked from the history', async () => {
    const [hero] = testBlocks()
    if (!hero) throw new Error('fixture changed')
    const load = vi.fn((_ref: RecordRef, id: string) =>
      Promise.resolve(doc(id === 'v1' ? [hero] : publishedBlocks())),
    )
    const adapter = adapterWith({
      published: { loadPublished: () => Promise.resolve(doc(publishedBlocks())) },
      history: {
        list: () =>
          Promise.resolve({
            items: [
              { id: 'v2', label: 'Version 2', published: true },
              { id: 'v1', label: 'Version 1' },
            ],
            page: 1,
            totalPages: 1,
            total: 2,
            hasNextPage: false,
            hasPrevPage: false,
          }),
        load,
        restore: () => Promise.reject(new Error('not in tests')),
      },
    })
    renderReview(adapter)
    const select = await screen.findByLabelText<HTMLSelectElement>('Compare with')
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'What is published',
      'Version 2 (published)',
      'Version 1',
    ])
    fireEvent.change(select, { target: { value: 'v1' } })
    await waitFor(() =>
      expect(changeTexts()).toEqual([
        'Added “Intro paragraph” below “Spring season”',
        'Added “To be or not” below “Spring season”',
      ]),
    )
    expect(load).toHaveBeenCalledWith(ref, 'v1', expect.anything())
    expect(screen.getByText(/compared with version 1/)).toBeTruthy()
  })

  describe('publishing', () => {
    function publishingAdapter() {
      let live: Block[] | null = publishedBlocks()
      // Publishing leaves the draft's version as it is (nothing to re-read).
      const publish = vi.fn((_ref: RecordRef, ctx: { version: string | null }) => {
        live = testBlocks()
        return Promise.resolve({ version: ctx.version })
      })
      const unpublish = vi.fn(() => {
        live = null
        return Promise.resolve()
      })
      const adapter = adapterWith({
        id: 'drumee',
        capabilities: { ...adapterWith({}).capabilities, publish: true, concurrency: 'serial' },
        published: { loadPublished: () => Promise.resolve(live ? doc(live) : null) },
        publishing: { publish, unpublish },
      })
      return { adapter, publish, unpublish }
    }

    it('asks before publishing, naming the page and its changes; Escape cancels and focus returns', async () => {
      const { adapter, publish } = publishingAdapter()
      renderReview(adapter)
      const button = await screen.findByRole('button', { name: 'Publish' })
      await screen.findByRole('list', { name: 'Changes' })
      button.focus()
      fireEvent.click(button)
      const dialog = screen.getByRole('alertdialog', { name: 'Publish “Home”?' })
      expect(dialog.textContent).toContain(
        '“Home” goes live with 2 changes since it was last published.',
      )
      expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }))
      fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true })
      fireEvent.keyDown(dialog, { key: 'Escape' })
      expect(screen.queryByRole('alertdialog')).toBeNull()
      expect(document.activeElement).toBe(button)
      expect(publish).not.toHaveBeenCalled()
    })

    it('publishes the saved version, then shows nothing left to publish', async () => {
      const { adapter, publish } = publishingAdapter()
      renderReview(adapter)
      fireEvent.click(await screen.findByRole('button', { name: 'Publish' }))
      const dialog = screen.getByRole('alertdialog')
      fireEvent.click(within(dialog).getByRole('button', { name: 'Publish' }))
      await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
      expect(publish).toHaveBeenCalledWith(ref, { version: 'v1' })
      expect(await screen.findByText('The draft is the same as what is published.')).toBeTruthy()
      expect(screen.getByText('Published “Home”.').getAttribute('role')).toBe('status')
      // Seen too, not only heard; and with nothing left to publish, Publish is off.
      expect(screen.getByText('Published “Home”: visitors see it now.')).toBeTruthy()
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Publish' }).getAttribute('aria-disabled')).toBe(
          'true',
        ),
      )
    })

    it('saves unsaved edits first, and publishes nothing when saving fails', async () => {
      const { adapter, publish } = publishingAdapter()
      const store = makeStore()
      let saves = 0
      const flushNow = (): Promise<FlushNowResult> => {
        saves += 1
        const state = store.getState()
        if (saves === 1) {
          state.takeFlush()
          state.setSyncIssue({ kind: 'error', message: 'Basker refused it' })
          state.flushFailed()
          return Promise.resolve({ kind: 'stopped', error: new Error('Basker refused it') })
        }
        state.setSyncIssue(null)
        state.takeFlush()
        state.flushSucceeded({ version: 'v9' })
        return Promise.resolve({ kind: 'saved' })
      }
      renderReview(adapter, store, flushNow)
      act(() => {
        store
          .getState()
          .dispatch([{ op: 'update', blockId: 'quote', value: { quote: 'Or not' } }], 'Edit')
      })
      fireEvent.click(await screen.findByRole('button', { name: 'Publish' }))
      const dialog = screen.getByRole('alertdialog')
      expect(dialog.textContent).toContain('1 unsaved change is saved first.')
      fireEvent.click(within(dialog).getByRole('button', { name: 'Publish' }))
      expect((await within(dialog).findByRole('alert')).textContent).toMatch(
        /could not be saved first.*nothing was published/,
      )
      expect(publish).not.toHaveBeenCalled()
      fireEvent.click(within(dialog).getByRole('button', { name: 'Publish' }))
      await waitFor(() => expect(publish).toHaveBeenCalledWith(ref, { version: 'v9' }))
    })

    it('shows no publish buttons to a role that may not publish', async () => {
      const { adapter } = publishingAdapter()
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
      const editorRole = {
        session: {
          mode: 'users' as const,
          user: { id: 'u1', email: 'e@x.org', name: 'Ed', role: 'editor' as const },
          csrfToken: 't',
        },
        logOut: () => undefined,
      }
      render(
        <QueryClientProvider client={queryClient}>
          <AdapterProvider
            config={{ backend: 'basker', basker: { tenant: 't', apiVersion: '2026-02' } }}
            adapter={adapter}
          >
            <SessionProvider value={editorRole}>
              <MemoryRouter>
                <EditorStoreProvider store={makeStore()}>
                  <ReviewScreen
                    title="Home"
                    recordRef={ref}
                    flushNow={() => Promise.resolve({ kind: 'idle' })}
                  />
                </EditorStoreProvider>
              </MemoryRouter>
            </SessionProvider>
          </AdapterProvider>
        </QueryClientProvider>,
      )
      expect(await screen.findByText('Only an admin can publish.')).toBeTruthy()
      expect(screen.queryByRole('button', { name: /publish/i })).toBeNull()
    })

    it('asks before unpublishing and keeps focus on the page after the button goes', async () => {
      const { adapter, unpublish } = publishingAdapter()
      renderReview(adapter)
      const opener = await screen.findByRole('button', { name: 'Unpublish' })
      opener.focus()
      fireEvent.click(opener)
      const dialog = screen.getByRole('alertdialog', { name: 'Unpublish “Home”?' })
      expect(dialog.textContent).toContain(
        'Visitors will no longer see “Home”. The draft stays as it is.',
      )
      fireEvent.click(within(dialog).getByRole('button', { name: 'Unpublish' }))
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Unpublish' })).toBeNull())
      expect(unpublish).toHaveBeenCalledWith(ref)
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Publish' }))
      expect(
        await screen.findByText('Nothing is published yet: everything in the draft is new.'),
      ).toBeTruthy()
    })
  })
})
