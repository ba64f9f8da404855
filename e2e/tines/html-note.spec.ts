// BACKEND=tines: an html note's content is edited with Tiptap and sent as HTML to the note
// element; whatever is typed or pasted, the HTML that reaches Tines carries no script.
import { expect, test } from '../fixtures/tines-test'

const CASE = 1
const HOSTILE =
  '<p><b>Safe words</b></p><script>window.__pwned = 1</script>' +
  '<img src="x" onerror="window.__pwned = 2"><a href="javascript:window.__pwned = 3">link</a>' +
  '<p onclick="window.__pwned = 4">Click</p>'

test('editing an html note sends sanitized HTML', async ({ editor, tines }) => {
  const note = await tines.block(CASE, 'Email headers')
  const element = note.elements[0]
  if (!element) throw new Error('the html note has no element')
  editor.page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`)
  })
  await editor.open('cases', String(CASE))

  const content = await editor.field(String(note.id), 'Content')
  await expect(content).toContainText('billing@examp1e.com')
  await content.click()
  await content.press('ControlOrMeta+a')
  await content.pressSequentially('Typed <script>alert(1)</script> ')
  // A paste as a browser delivers it: the HTML flavour of the clipboard.
  await content.evaluate((target, html) => {
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', 'Safe words')
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, HOSTILE)
  await expect(content).toContainText('Safe words')
  await editor.save()

  const elementPath = `/api/v2/cases/${CASE}/blocks/${note.id}/elements/${element.element_id}`
  await expect.poll(async () => (await tines.requests()).length).toBeGreaterThan(0)
  await editor.expectSaved()
  const requests = await tines.requests()
  expect(requests.map((r) => [r.method, r.path])).toEqual([['PUT', elementPath]])
  const body = requests[0]?.body as { content?: unknown }
  expect(Object.keys(body)).toEqual(['content'])
  const html = String(body.content)
  // What the user typed arrives as text (escaped), what was pasted keeps its harmless markup.
  expect(html).toContain('Typed &lt;script&gt;alert(1)&lt;/script&gt;')
  expect(html).toContain('<strong>Safe words</strong>')
  expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<img/i)
  expect((await tines.block(CASE, 'Email headers')).elements[0]?.content).toBe(html)
  expect(await editor.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
})
