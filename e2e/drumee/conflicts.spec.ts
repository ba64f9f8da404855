// BACKEND=drumee: the hub has no lock, so the editor reads the current serial before it stores.
// A version stored by someone else since the editor read the page is never written over: the
// editor rebases onto it (both changes land) or, when both changed one field, shows a conflict.
import { DESKTOP_EN, letcOf } from '../fixtures/drumee-backend'
import type { DrumeeNode } from '../fixtures/drumee-backend'
import { expect, test } from '../fixtures/drumee-test'

const HOME = 1

const withData = (kids: DrumeeNode[], id: string, data: Record<string, unknown>): DrumeeNode[] =>
  kids.map((node) => (node.id === id ? { ...node, data: { ...node.data, ...data } } : node))

test('a version stored by someone else meanwhile: mine is stored on top of theirs', async ({
  editor,
  hub,
}) => {
  const before = await hub.content(HOME, DESKTOP_EN, { status: 'draft' })
  await editor.open('pages', String(HOME))
  const title = await editor.field('home-title', 'Text')
  await expect(title).toHaveValue('Welcome home')

  const theirs = { kind: 'page', kids: withData(before.kids, 'home-hero', { alt: 'Elsewhere' }) }
  const theirSerial = await hub.storeDraft(HOME, DESKTOP_EN, before.serial, theirs)
  await title.fill('Written here')
  await editor.save()

  await expect.poll(() => hub.stores()).toHaveLength(2)
  await editor.expectSaved()
  const both = { kind: 'page', kids: withData(theirs.kids, 'home-title', { text: 'Written here' }) }
  expect(await hub.stores()).toEqual([
    { id: '1', device: 'desktop', lang: 'en', serial: before.serial, letc: theirs },
    { id: '1', device: 'desktop', lang: 'en', serial: theirSerial, letc: both },
  ])
  expect(letcOf(await hub.content(HOME, DESKTOP_EN, { status: 'draft' }))).toEqual(both)
})

test('both changed the same field: a conflict is shown and theirs is not overwritten', async ({
  editor,
  hub,
}) => {
  const before = await hub.content(HOME, DESKTOP_EN, { status: 'draft' })
  await editor.open('pages', String(HOME))
  const title = await editor.field('home-title', 'Text')

  const theirs = { kind: 'page', kids: withData(before.kids, 'home-title', { text: 'Theirs' }) }
  await hub.storeDraft(HOME, DESKTOP_EN, before.serial, theirs)
  await title.fill('Mine')
  await editor.save()

  await expect(editor.saveStatus).toHaveText('Conflict')
  expect(await hub.stores()).toHaveLength(1)
  expect(letcOf(await hub.content(HOME, DESKTOP_EN, { status: 'draft' }))).toEqual(theirs)
})
