// @vitest-environment jsdom
// The others on the record as the editor draws them: the toolbar group, the outline and name tag
// on the block each has selected, the outline row's description and the polite announcement;
// a person moving redraws no block's body.
import { act, cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ReactNode } from 'react'
import type { LiveRecord, Person } from '../../sync'
import { createPresenceStore } from '../../sync/live/presence-store'
import type { FrameScheduler } from '../../sync/live/presence-store'
import * as views from '../blocks-view/backend-views'
import { Canvas } from '../canvas/Canvas'
import { OutlinePanel } from '../outline/OutlinePanel'
import { renderEditor } from '../../test/doubles/render-editor'
import { PeopleOnRecord } from './PeopleOnRecord'
import { PresenceAnnouncer } from './PresenceAnnouncer'
import { PresenceContext } from './presence-context'

vi.mock('../blocks-view/backend-views', { spy: true })
afterEach(cleanup)

function live(): LiveRecord & { frame(): void } {
  let queued: (() => void)[] = []
  const frames: FrameScheduler = {
    request: (run) => queued.push(run),
    cancel: () => (queued = []),
  }
  return {
    presence: createPresenceStore({ ownTab: 'me', frames }),
    tabId: 'me',
    frame() {
      const runs = queued
      queued = []
      act(() => runs.forEach((run) => run()))
    },
  }
}

const person = (tab: string, name: string, blockId: string | null): Person => ({
  tab,
  userId: `user-${tab}`,
  name,
  blockId,
  typing: false,
  since: `2026-12-04T10:00:00.000Z`,
})

function renderWithPresence(record: LiveRecord, node: ReactNode) {
  return renderEditor(<PresenceContext.Provider value={record}>{node}</PresenceContext.Provider>)
}

describe('presence in the editor', () => {
  it('shows the others in the toolbar, on their blocks and in the outline, and says who came', () => {
    const record = live()
    renderWithPresence(
      record,
      <>
        <PeopleOnRecord />
        <OutlinePanel />
        <Canvas />
        <PresenceAnnouncer />
      </>,
    )
    expect(screen.queryByRole('group', { name: 'People on this record' })).toBeNull()
    record.presence.receive([person('me', 'Me', 'quote'), person('a', 'Ann Lee', 'text')])
    record.frame()

    const group = screen.getByRole('group', { name: 'People on this record' })
    expect(
      within(group)
        .getAllByRole('img')
        .map((img) => img.getAttribute('aria-label')),
    ).toEqual(['Ann Lee'])
    const card = document.querySelector('[data-block-id="text"]')
    expect(card?.classList.contains('has-presence')).toBe(true)
    expect(card?.querySelector('[data-presence]')?.textContent).toBe('Ann Lee')
    // This tab's own selection is not drawn as someone else's.
    expect(document.querySelector('[data-block-id="quote"] [data-presence]')).toBeNull()
    const row = document.querySelector<HTMLElement>('[data-outline-id="text"]')
    const describedBy = row?.getAttribute('aria-describedby') ?? ''
    expect(document.getElementById(describedBy)?.textContent).toBe('Ann Lee is editing here')
    expect(document.querySelector('[data-presence-live]')?.textContent).toMatch(
      /^Ann Lee is editing \S/,
    )
  })

  it('moves the tag with the person without drawing any block again', () => {
    const record = live()
    renderWithPresence(record, <Canvas />)
    record.presence.receive([person('a', 'Ann', 'text')])
    record.frame()
    const calls = vi.mocked(views.viewFor)
    calls.mockClear()
    record.presence.receive([person('a', 'Ann', 'quote')])
    record.presence.receive([person('a', 'Ann', 'quote'), person('b', 'Ben', null)])
    record.frame()
    // Two lists in one frame, one update; the blocks' drawings (memoised) are not redone.
    expect(calls).not.toHaveBeenCalled()
    expect(document.querySelector('[data-block-id="text"] [data-presence]')).toBeNull()
    expect(document.querySelector('[data-block-id="quote"] [data-presence]')?.textContent).toBe(
      'Ann',
    )
  })
})
