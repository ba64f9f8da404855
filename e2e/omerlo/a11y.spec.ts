// BACKEND=omerlo: axe-core (WCAG 2.0–2.2 A and AA) finds nothing and the console stays quiet on
// the event list, the editor (as opened, a block selected, the palette open, mid keyboard drag),
// the review, the preview, the users page and the login screen. Omerlo has no theme settings
// and no versions.
import { ConsoleWatch } from '../fixtures/axe'
import {
  auditEditor,
  auditPreview,
  auditRecordList,
  auditReview,
  auditUsersAndLogin,
} from '../fixtures/axe-screens'
import { DEMO } from '../fixtures/omerlo-backend'
import { test } from '../fixtures/omerlo-test'

test('the event list, the editor, the review and the preview', async ({ page, editor }) => {
  test.setTimeout(480_000)
  const console = new ConsoleWatch(page)
  await auditRecordList(page, console)
  await auditEditor(editor, console, 'events', DEMO.festival)
  await auditReview(page, console, 'events', DEMO.festival)
  await auditPreview(page, console, 'events', DEMO.festival)
})

test('the users page and the login screen', async ({ page, request, omerlo: _omerlo }) => {
  test.setTimeout(240_000)
  await auditUsersAndLogin(page, request, new ConsoleWatch(page))
})
