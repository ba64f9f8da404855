// BACKEND=omerlo: axe-core (WCAG 2.0–2.2 A and AA) finds nothing and the console stays quiet on
// the event list, the editor (as opened, a block selected, the palette open, mid keyboard drag),
// the review, the preview, the users page and the login screen. Omerlo has no theme settings
// and no versions.
import { ConsoleWatch } from '../fixtures/axe'
import {
  auditRecordScreens,
  auditUsersAndLogin,
  SHORT_WALK_MS,
  WALK_MS,
} from '../fixtures/axe-screens'
import { DEMO } from '../fixtures/omerlo-backend'
import { test } from '../fixtures/omerlo-test'

test('the event list, the editor, the review and the preview', async ({ editor }) => {
  test.setTimeout(WALK_MS)
  await auditRecordScreens(editor, 'events', DEMO.festival)
})

test('the users page and the login screen', async ({ page, request, omerlo: _omerlo }) => {
  test.setTimeout(SHORT_WALK_MS)
  await auditUsersAndLogin(page, request, new ConsoleWatch(page))
})
