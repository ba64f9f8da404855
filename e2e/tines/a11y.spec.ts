// BACKEND=tines: axe-core (WCAG 2.0–2.2 A and AA) finds nothing and the console stays quiet on
// the case list, the editor (as opened, a block selected, the palette open, mid keyboard drag),
// the review, the preview, the users page and the login screen. Tines has no theme settings
// and no versions.
import { ConsoleWatch } from '../fixtures/axe'
import {
  auditEditor,
  auditPreview,
  auditRecordList,
  auditReview,
  auditUsersAndLogin,
} from '../fixtures/axe-screens'
import { test } from '../fixtures/tines-test'

const CASE = '1'

test('the case list, the editor, the review and the preview', async ({ page, editor }) => {
  test.setTimeout(480_000)
  const console = new ConsoleWatch(page)
  await auditRecordList(page, console)
  await auditEditor(editor, console, 'cases', CASE)
  await auditReview(page, console, 'cases', CASE)
  await auditPreview(page, console, 'cases', CASE)
})

test('the users page and the login screen', async ({ page, request, tines: _tines }) => {
  test.setTimeout(240_000)
  await auditUsersAndLogin(page, request, new ConsoleWatch(page))
})
