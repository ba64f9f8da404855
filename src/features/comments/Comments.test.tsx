// @vitest-environment jsdom
// The comments UI around a real editor store, with /api/comments and /api/approvals answered by
// a small in-memory server behind the one HTTP client: the badge and its panel (focus in and
// back, Escape), starting a thread, text shown as text, removed blocks in the review, and
// "Changed since approval".
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BackendAdapter } from '../../adapters/types'
import { documentHash } from '../../core'
import { EditorStoreProvider, type EditorStoreApi } from '../../store'
import { AdapterProvider, type Approval, type CommentThread } from '../../sync'
import { makeStore } from '../../test/doubles/editor-fixture'
import { ApprovalsSection, CommentBadge, CommentButton, CommentsProvider, ReviewComments } from '.'

const RECORD = JSON.stringify(['basker', 'pages', 'home'])

const adapter = {
  id: 'basker',
  capabilities: { nesting: false, drafts: true },
  collections: [],
} as unknown as BackendAdapter

interface FakeServer {
  threads: CommentThread[]
  approvals: Approval[]
  posts: { path: string; body: unknown }[]
}

let server: FakeServer

const thread = (id: string, blockId: string, blockLabel: string, body: string): CommentThread => ({
  id,
  blockId,
  blockLabel,
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
  comments: [
    { id: `${id}-1`, authorId: 'ann', authorName: 'Ann', body, createdAt: '2026-12-01T10:00:00Z' },
  ],
})

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

beforeEach(() => {
  server = { threads: [], approvals: [], posts: [] }
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://editor.test')
    if (init.method === 'POST') {
      const body: unknown = JSON.parse(String(init.body ?? '{}'))
      server.posts.push({ path: url.pathname, body })
      if (url.pathname === '/api/comments') {
        const input = body as { blockId: string; blockLabel: string; body: string }
        const made = thread(
          `t${server.threads.length + 1}`,
          input.blockId,
          input.blockLabel,
          input.body,
        )
        server.threads.push(made)
        return json({ thread: made }, 201)
      }
      if (url.pathname === '/api/approvals') {
        const input = body as Omit<Approval, 'id' | 'userId' | 'userName' | 'createdAt'>
        const made: Approval = {
          ...input,
          id: `a${server.approvals.length + 1}`,
          userId: 'local',
          userName: 'Local admin',
          createdAt: '2026-12-02T10:00:00Z',
        }
        server.approvals.push(made)
        return json({ approval: made }, 201)
      }
    }
    expect(url.searchParams.get('record')).toBe(RECORD)
    if (url.pathname === '/api/comments') return json({ threads: server.threads })
    if (url.pathname === '/api/approvals') return json({ approvals: server.approvals })
    return json({ message: 'no route' }, 404)
  })
})

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function renderWith(children: React.ReactNode, store: EditorStoreApi = makeStore()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <AdapterProvider
        config={{ backend: 'basker', basker: { tenant: 't', apiVersion: '2026-02' } }}
        adapter={adapter}
      >
        <EditorStoreProvider store={store}>
          <CommentsProvider recordRef={{ collection: 'pages', id: 'home' }}>
            {children}
          </CommentsProvider>
        </EditorStoreProvider>
      </AdapterProvider>
    </QueryClientProvider>,
  )
  return store
}

describe('the canvas badge and the thread panel', () => {
  it('shows the count, opens the panel with focus on its title, and Escape gives focus back', async () => {
    server.threads = [thread('t1', 'quote', 'To be or not', '<img src=x onerror=alert(1)> Cut')]
    renderWith(
      <>
        <span id="quote-label">To be or not</span>
        <CommentBadge blockId="quote" label="To be or not" labelId="quote-label" />
        <CommentBadge blockId="hero" label="Spring season" labelId="hero-label" />
      </>,
    )
    const badge = await screen.findByRole('button', { name: 'Comments (1)' })
    // A block without threads has no badge.
    expect(screen.getAllByRole('button')).toHaveLength(1)
    fireEvent.click(badge)
    const panel = screen.getByRole('dialog', { name: 'Comments on To be or not' })
    expect(within(panel).getByRole('heading', { name: 'Comments on To be or not' })).toBe(
      document.activeElement,
    )
    // The body is text: no element was made from it.
    expect(within(panel).getByText('<img src=x onerror=alert(1)> Cut')).toBeTruthy()
    expect(panel.querySelector('img')).toBeNull()

    fireEvent.keyDown(within(panel).getByRole('textbox', { name: 'Reply' }), { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(badge)
  })

  it('starts a thread from Comment with the focus in the box, and the badge counts it', async () => {
    renderWith(
      <>
        <span id="hero-label">Spring season</span>
        <CommentButton blockId="hero" blockLabel="Spring season" />
        <CommentBadge blockId="hero" label="Spring season" labelId="hero-label" />
      </>,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Comment' }))
    const panel = await screen.findByRole('dialog', { name: 'Comments on Spring season' })
    const box = within(panel).getByRole('textbox', { name: 'Comment' })
    expect(box).toBe(document.activeElement)
    fireEvent.change(box, { target: { value: '  New photo?  ' } })
    fireEvent.click(within(panel).getByRole('button', { name: 'Add comment' }))
    await within(panel).findByText('New photo?')
    expect(server.posts).toEqual([
      {
        path: '/api/comments',
        body: { record: RECORD, blockId: 'hero', blockLabel: 'Spring season', body: 'New photo?' },
      },
    ])
    expect(await screen.findByRole('button', { name: 'Comments (1)' })).toBeTruthy()
  })
})

describe('the review', () => {
  it('lists threads under their blocks, and those of removed blocks with their stored label', async () => {
    server.threads = [
      thread('t1', 'gone', 'Old banner', 'Why was this removed?'),
      thread('t2', 'quote', 'Stale label', 'Attribute it'),
    ]
    const store = makeStore()
    renderWith(<ReviewCommentsFromStore />, store)
    const removed = await screen.findByRole('heading', { name: 'Comments on removed blocks' })
    expect(removed).toBeTruthy()
    const gone = screen.getByRole('region', { name: 'Comments on Old banner' })
    expect(within(gone).getByText('Why was this removed?')).toBeTruthy()
    // A block still in the draft is named as it is now.
    const quote = screen.getByRole('region', { name: 'Comments on To be or not' })
    expect(within(quote).getByText('Attribute it')).toBeTruthy()
  })

  it('says "Changed since approval" once the draft differs from what was approved', async () => {
    const store = makeStore()
    const approvedHash = documentHash(store.getState().view)
    server.approvals = [
      {
        id: 'a1',
        userId: 'boss',
        userName: 'Boss',
        verdict: 'approved',
        version: null,
        documentHash: approvedHash,
        note: null,
        createdAt: '2026-12-02T10:00:00Z',
      },
    ]
    renderWith(<ApprovalsSection flushNow={() => Promise.resolve({ kind: 'idle' })} />, store)
    const section = await screen.findByRole('region', { name: 'Approvals' })
    await within(section).findByText(/Latest: Boss approved the draft/)
    expect(within(section).queryByText('Changed since approval')).toBeNull()

    act(() => {
      store
        .getState()
        .dispatch([{ op: 'update', blockId: 'quote', value: { quote: 'Be' } }], 'Edit')
    })
    expect(within(section).getByText('Changed since approval')).toBeTruthy()
  })

  it('approves the saved draft with its hash (the local admin may)', async () => {
    const store = makeStore()
    renderWith(<ApprovalsSection flushNow={() => Promise.resolve({ kind: 'idle' })} />, store)
    const section = await screen.findByRole('region', { name: 'Approvals' })
    await within(section).findByText('Nobody has approved this draft yet.')
    fireEvent.click(within(section).getByRole('button', { name: 'Approve' }))
    await waitFor(() => expect(server.posts).toHaveLength(1))
    expect(server.posts[0]?.body).toEqual({
      record: RECORD,
      verdict: 'approved',
      version: store.getState().version,
      documentHash: documentHash(store.getState().view),
      note: null,
    })
    await within(section).findByText(/Latest: Local admin approved/)
  })
})

function ReviewCommentsFromStore() {
  const store = makeStore()
  const { view, schema } = store.getState()
  return <ReviewComments blocks={view} schema={schema} />
}
