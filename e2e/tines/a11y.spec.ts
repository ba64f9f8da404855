// BACKEND=tines: axe-core (WCAG 2.0–2.2 A and AA) finds nothing and the console stays quiet on
// the case list, the editor (as opened, a block selected, the palette open, mid keyboard drag),
// the review, the preview, the users page and the login screen. Tines has no theme settings
// and no versions.
import { ConsoleWatch } from '../fixtures/axe'
import {
  auditRecordScreens,
  auditUsersAndLogin,
  SHORT_WALK_MS,
  WALK_MS,
} from '../fixtures/axe-screens'
import { test } from '../fixtures/tines-test'

const CASE = '1'

test('the case list, the editor, the review and the preview', async ({ editor }) => {
  test.setTimeout(WALK_MS)
  await auditRecordScreens(editor, 'cases', CASE)
})

test('the users page and the login screen', async ({ page, request, tines: _tines }) => {
  test.setTimeout(SHORT_WALK_MS)
  await auditUsersAndLogin(page, request, new ConsoleWatch(page))
})
