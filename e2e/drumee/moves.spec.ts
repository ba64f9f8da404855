// BACKEND=drumee: a keyboard move stores the whole content tree as one new draft version, based
// on the serial the editor read, with the node in its new place.
import { DESKTOP_EN, letcOf } from '../fixtures/drumee-backend'
import type { DrumeeNode } from '../fixtures/drumee-backend'
import { expect, test } from '../fixtures/drumee-test'

const HOME = 1

test('a move into a section stores a new draft version with the node inside it', async ({
  editor,
  hub,
}) => {
  const before = await hub.content(HOME, DESKTOP_EN, { status: 'draft' })
  expect(before.kids.map((n) => n.id)).toEqual([
    'home-title',
    'home-intro',
    'home-offer',
    'home-hero',
  ])
  await editor.open('pages', String(HOME))

  // The slot below the intro's own is the first one inside the section under it.
  await editor.keyboardMove('home-intro', 'down')

  await expect.poll(() => hub.stores()).toHaveLength(1)
  const [intro, offer] = [before.kids[1], before.kids[2]] as [DrumeeNode, DrumeeNode]
  const moved = {
    kind: 'page',
    kids: [before.kids[0], { ...offer, kids: [intro, ...(offer.kids ?? [])] }, before.kids[3]],
  }
  expect(await hub.requests()).toEqual([
    {
      method: 'POST',
      path: '/-/svc/block.store',
      body: { id: '1', device: 'desktop', lang: 'en', serial: before.serial, letc: moved },
    },
  ])
  await editor.expectSaved()
  const after = await hub.content(HOME, DESKTOP_EN, { status: 'draft' })
  expect(after.serial).toBeGreaterThan(before.serial)
  expect(letcOf(after)).toEqual(moved)
  // The old version is still there, unchanged.
  expect(letcOf(await hub.content(HOME, DESKTOP_EN, { serial: before.serial }))).toEqual(
    letcOf(before),
  )
  const inSection = editor.page.getByRole('list', { name: /^Blocks in / })
  await expect(inSection.locator('li[data-block-id]').first()).toHaveAttribute(
    'data-block-id',
    'home-intro',
  )
})
