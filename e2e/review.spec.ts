// Review: after editing the demo home page (a move, a text change, an insert and a removal not
// saved yet), the review lists every change in words, shows each changed block once as its diff
// (the two sides on request, rich text with its formatting), says where a moved block went, marks
// the unsaved one, and each line opens its block in the editor. Basker publishes in its own
// admin, which the review says instead of offering a button.
import type { Locator, Page } from '@playwright/test'
import { quoted } from '../src/core/review/quote-label'
import { blockLabel } from '../src/core/schema/block-label'
import { defaultValues } from '../src/core/schema/create-block'
import type { Block, BlockTypeSchema } from '../src/core/types'
import { ids } from './fixtures/demo'
import { holdAutosave, installClock, resumeAutosave } from './fixtures/hold-autosave'
import { ReviewPage } from './fixtures/review-page'
import { expect, test } from './fixtures/test'

const NEW_HEADING = 'Fresh from the palette'

function pick(blocks: readonly Block[], type: string): Block {
  const block = blocks.find((b) => b.type === type)
  if (!block) throw new Error(`the demo home page needs a ${type} block`)
  return block
}

async function addHeadingAfter(page: Page, block: Locator, heading: BlockTypeSchema) {
  await block.getByRole('button', { name: 'Add block', exact: true }).click()
  const palette = page.getByRole('dialog', { name: 'Add block' })
  await palette.getByRole('combobox').fill(heading.label)
  await palette.getByRole('option', { name: new RegExp(`^${heading.label}\\b`) }).click()
  await expect(palette).toBeHidden()
}

test('the review shows each edit in words and as a diff, and a line opens its block', async ({
  editor,
  backend,
  page,
}) => {
  const [home, schema] = await backend.homeWithSchema()
  const order = ids(home.blocks)
  const typeOf = (b: Block) => schema.find((t) => t.type === b.type)
  const label = (b: Block) => quoted(blockLabel(b, typeOf(b)))
  const headingType = schema.find((t) => t.type === 'heading')
  if (!headingType) throw new Error('the demo schema needs a heading type')
  const [hero, intro] = home.blocks
  const last = home.blocks[home.blocks.length - 1]
  const beforeLast = home.blocks[home.blocks.length - 2]
  const gallery = pick(home.blocks, 'gallery')
  const heading = pick(home.blocks, 'heading')
  if (!hero || !intro || !last || !beforeLast) throw new Error('the home page is too short')
  const oldText = String(heading.value.text)
  const newText = oldText.replace(/\S+$/, 'summer')
  if (newText === oldText) throw new Error('the heading must not already end in "summer"')

  await installClock(page)
  await editor.open('pages', 'home')
  // The first three edits go out in one save.
  await holdAutosave(page)
  // The move: the last block one up, with the keyboard.
  await editor.keyboardMove(last.id, 'up')
  // The text change: the heading's last word.
  await (await editor.field(heading.id, 'Text')).fill(newText)
  // The insert: a heading after the hero.
  await addHeadingAfter(page, editor.block(hero.id), headingType)
  const inserted = (await editor.blockIds())[1] as string
  await (await editor.field(inserted, 'Text')).fill(NEW_HEADING)
  await resumeAutosave(page)
  await editor.save()
  await editor.expectSaved()
  // The removal, kept unsaved: the backend refuses it once without naming an operation, so the
  // editor keeps it queued until the next save (no retry on its own).
  await backend.failNext(422, { body: { error: 'ValidationError', message: 'Not now (test)' } })
  await editor.block(gallery.id).getByRole('button', { name: 'Remove block', exact: true }).click()
  await expect(editor.block(gallery.id)).toHaveCount(0)

  await page.getByRole('link', { name: 'Review', exact: true }).click()
  await expect(page).toHaveURL(/\/review\/pages\/home(\?locale=en)?$/)
  const review = new ReviewPage(page)

  // The published home page differs from the seeded draft already (see the seed): its hero
  // heading, its quote moved above the events and a countdown added before them.
  const quote = pick(home.blocks, 'quote')
  const countdown = pick(home.blocks, 'countdown')
  const events = pick(home.blocks, 'event-list')
  const edited = { ...heading, value: { ...heading.value, text: newText } }
  await expect(review.changes).toHaveText([
    `Changed the heading of ${label(hero)}`,
    `Added “${NEW_HEADING}” above ${label(intro)}`,
    `Changed the text of ${label(edited)}`,
    `Moved ${label(quote)} above ${label(events)}`,
    `Added ${label(countdown)} above ${label(events)}`,
    `Removed ${label(gallery)} Not saved yet`,
    `Moved ${label(last)} above ${label(beforeLast)}`,
  ])

  // A label that is itself a quotation keeps one pair of quotes.
  await expect(review.line(`Moved ${label(quote)}`)).toHaveText(/^Moved “The most[^“”]*” above/)

  // Each changed block once, as its diff; its two sides only on request.
  const headingCard = review.card(heading.id)
  await expect(headingCard.locator('del')).toHaveText('removed: spring')
  await expect(headingCard.locator('ins')).toHaveText('added: summer')
  await expect(headingCard.getByRole('group')).toHaveCount(0)
  await headingCard.getByRole('button', { name: 'Show both sides' }).click()
  await expect(headingCard.getByRole('group', { name: 'Published' })).toContainText(oldText)
  await expect(headingCard.getByRole('group', { name: 'Draft' })).toContainText(newText)
  await headingCard.getByRole('button', { name: 'Hide both sides' }).click()
  await expect(headingCard.getByRole('group')).toHaveCount(0)
  // Added and removed blocks show their content once, on the side that has it.
  await expect(review.card(inserted)).toContainText('Added')
  await expect(review.card(inserted).getByRole('group', { name: 'Draft' })).toContainText(
    NEW_HEADING,
  )
  await expect(review.card(inserted).getByRole('group', { name: 'Published' })).toHaveCount(0)
  await expect(review.card(gallery.id).getByRole('group', { name: 'Published' })).toBeVisible()
  await expect(review.card(gallery.id).getByRole('group', { name: 'Draft' })).toHaveCount(0)
  // A moved block says where from and where to, with no sides to compare.
  await expect(review.card(last.id).locator('.review-move')).toHaveText(
    `Moved from below ${label(beforeLast)} to above it.`,
  )
  await expect(review.card(quote.id).locator('.review-move')).toHaveText(
    `Moved from below ${label(events)} to above it.`,
  )
  await expect(review.card(last.id).getByRole('button', { name: /both sides/ })).toHaveCount(0)
  await expect(review.card(hero.id).locator('ins')).toContainText('Spring 2026')

  // Basker publishes in its own admin: said plainly, and no dead button.
  await expect(page.getByText('Basker publishes in its own admin')).toBeVisible()
  await expect(page.getByRole('button', { name: /publish/i })).toHaveCount(0)

  // A line opens the editor on its block, with the unsaved removal still there.
  await review
    .line(`Changed the text of ${label(edited)}`)
    .getByRole('link')
    .click()
  await expect(page).toHaveURL(/\/edit\/pages\/home(\?locale=en)?$/)
  await expect(editor.handle(heading.id)).toBeFocused()
  await expect(editor.block(heading.id)).toHaveAttribute('aria-current', 'true')
  await expect(editor.block(gallery.id)).toHaveCount(0)

  // Exactly these writes reached Basker: the three saved edits, the refused removal, and the
  // removal again once saved.
  await expect(editor.saveStatus).toHaveText('Error: not saved')
  await editor.save()
  await editor.expectSaved()
  const patches = await backend.blockPatches()
  expect((await backend.requests()).map((r) => r.injectedStatus)).toEqual([
    undefined,
    422,
    undefined,
  ])
  expect(patches.map((p) => p.operations)).toEqual([
    [
      {
        op: 'insertAfter',
        blockId: hero.id,
        block: {
          id: inserted,
          type: headingType.type,
          value: { ...defaultValues(headingType.fields), text: NEW_HEADING },
        },
      },
      { op: 'moveAfter', blockId: beforeLast.id, anchorId: last.id },
      { op: 'update', blockId: heading.id, value: { text: newText } },
    ],
    [{ op: 'remove', blockId: gallery.id }],
    [{ op: 'remove', blockId: gallery.id }],
  ])
  expect(ids((await backend.readRecord('pages', 'home')).blocks)).toEqual([
    hero.id,
    inserted,
    ...order.slice(1, -2).filter((id) => id !== gallery.id),
    last.id,
    beforeLast.id,
  ])
})

test('the review of a saved page marks nothing pending and links a removed block to its card', async ({
  editor,
  backend,
  page,
}) => {
  const [home, schema] = await backend.homeWithSchema()
  const removed = pick(home.blocks, 'stats')
  await editor.open('pages', 'home')
  await editor.block(removed.id).getByRole('button', { name: 'Remove block', exact: true }).click()
  await editor.save()
  await editor.expectSaved()
  await page.goto('/review/pages/home')
  const review = new ReviewPage(page)
  const label = `Removed “${blockLabel(
    removed,
    schema.find((t) => t.type === removed.type),
  )}”`
  await expect(review.line(label)).toHaveText(label)
  await expect(review.changes.filter({ hasText: 'Not saved yet' })).toHaveCount(0)
  await review.line(label).getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`#review-block-${removed.id}$`))
  await expect(review.card(removed.id)).toBeInViewport()
})

test('a rich-text change keeps its formatting in the diff and on both sides', async ({
  backend,
  page,
}) => {
  const [home] = await backend.homeWithSchema()
  const intro = home.blocks.find((b) => b.id === 'home-intro')
  const html = intro?.value.body_html
  if (typeof html !== 'string' || !html.includes('<strong>Harbour Arts Centre</strong>')) {
    throw new Error('the demo intro must hold bold text')
  }
  // Another client's saved draft: one word changed next to the bold words.
  const edited = html.replace('<em>forty productions</em>', '<em>fifty productions</em>')
  expect(
    await backend.patchBlocks('pages', 'home', [
      { op: 'update', blockId: 'home-intro', value: { body_html: edited } },
    ]),
  ).toBe(200)

  await page.goto('/review/pages/home')
  const review = new ReviewPage(page)
  const card = review.card('home-intro')
  // The diff: rendered, bold still bold, the word change marked.
  const diff = card.getByRole('definition')
  await expect(diff.locator('strong')).toHaveText('Harbour Arts Centre')
  await expect(diff.locator('strong')).toHaveCSS('font-weight', '700')
  await expect(diff.locator('del')).toHaveText('removed: forty')
  await expect(diff.locator('ins')).toHaveText('added: fifty')
  // Shown once: the text is not repeated in two more columns.
  await expect(card.getByText('Harbour Arts Centre', { exact: true })).toHaveCount(1)
  await card.getByRole('button', { name: 'Show both sides' }).click()
  const published = card.getByRole('group', { name: 'Published' })
  const draft = card.getByRole('group', { name: 'Draft' })
  await expect(published.locator('strong')).toHaveText('Harbour Arts Centre')
  await expect(published.locator('em')).toHaveText('forty productions')
  await expect(draft.locator('em')).toHaveText('fifty productions')
  await expect(draft.getByRole('link', { name: 'family programme' })).toBeVisible()
})
