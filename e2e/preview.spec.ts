// The preview renders the page as a visitor sees it, follows the draft as it is typed and shows
// it at desktop, tablet and mobile widths, beside the canvas and on its own route.
import { expect, test } from './fixtures/test'
import { findField } from './fixtures/demo'

const TYPED = 'Spring season at the harbour'

test('text typed in a field shows in the preview at mobile width, 375 px wide', async ({
  page,
  editor,
  backend,
}) => {
  await page.setViewportSize({ width: 1600, height: 900 })
  const [home, schema] = await Promise.all([
    backend.readRecord('pages', 'home'),
    backend.blockSchema('pages'),
  ])
  const { block, field } = findField(
    home.blocks.filter((b) => b.type === 'heading'),
    schema,
    'text',
  )
  await editor.open('pages', 'home')
  await page.getByRole('button', { name: 'Preview', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Preview', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  const pane = page.getByRole('region', { name: 'Preview' })
  const desktop = pane.getByRole('document', { name: 'Preview at desktop width' })
  await expect(desktop).toBeVisible()
  // Zoomed out to fit: the whole page width shows inside the pane, none of it clipped.
  const viewport = await pane.locator('.preview__viewport').boundingBox()
  const drawn = await desktop.boundingBox()
  expect(drawn && viewport && drawn.x >= viewport.x).toBe(true)
  expect(drawn && viewport && drawn.x + drawn.width <= viewport.x + viewport.width).toBe(true)

  const input = await editor.field(block.id, field.label)
  await input.fill(TYPED)

  await pane.getByRole('button', { name: 'Mobile' }).click()
  await expect(pane.getByRole('button', { name: 'Mobile' })).toHaveAttribute('aria-pressed', 'true')
  const frame = pane.getByRole('document', { name: 'Preview at mobile width' })
  await expect(frame.getByRole('heading', { name: TYPED })).toBeVisible()
  await expect.poll(async () => (await frame.boundingBox())?.width).toBe(375)
  // Nothing but the edit was sent: the preview only reads.
  await expect.poll(() => backend.blockPatches()).toHaveLength(1)
  expect((await backend.blockPatches())[0]?.operations).toEqual([
    { op: 'update', blockId: block.id, value: { [field.key]: TYPED } },
  ])
})

test('the preview route renders the draft by type with sanitized rich text', async ({
  page,
  backend,
}) => {
  const home = await backend.readRecord('pages', 'home')
  const rich = home.blocks.find((b) => b.type === 'rich-text')
  if (!rich) throw new Error('the seed has no rich-text block on home')
  const unsafe =
    '<p>Only this paragraph stays</p><img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 2</script>'
  expect(
    await backend.patchBlocks('pages', 'home', [
      { op: 'update', blockId: rich.id, value: { body_html: unsafe } },
    ]),
  ).toBe(200)

  await page.goto('/preview/pages/home')
  const frame = page.getByRole('document', { name: 'Preview at desktop width' })
  const hero = home.blocks.find((b) => b.type === 'hero')
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(String(hero?.value.heading))
  await expect(frame.getByText('Only this paragraph stays')).toBeVisible()
  await expect(frame.locator('script, [onerror]')).toHaveCount(0)
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()

  await page.getByRole('button', { name: 'Tablet' }).click()
  const tablet = page.getByRole('document', { name: 'Preview at tablet width' })
  await expect.poll(async () => (await tablet.boundingBox())?.width).toBe(768)
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveAttribute(
    'href',
    '/edit/pages/home',
  )
})
