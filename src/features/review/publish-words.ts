// The words of publishing on the review: which page, on which device and in which language
// (“home” (Desktop, English)), what goes live, and what happened.
import type { RecordRef } from '../../adapters/types'
import { deviceName, localeName } from '../editor/record-variant'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** “home” (Desktop, English); just “Home” where the backend has one version of a page. */
export function publishedName(title: string, ref: RecordRef): string {
  const parts = [ref.device && deviceName(ref.device), ref.locale && localeName(ref.locale)]
  const variant = parts.filter(Boolean).join(', ')
  return variant ? `“${title}” (${variant})` : `“${title}”`
}

export function publishSummary(name: string, changeCount: number): string {
  return changeCount === 0
    ? `${name} goes live as it is: the draft has no changes since it was last published.`
    : `${name} goes live with ${plural(changeCount, 'change', 'changes')} since it was last published.`
}

export function unsavedFirst(unsavedCount: number): string {
  return `${plural(unsavedCount, 'unsaved change is', 'unsaved changes are')} saved first.`
}
