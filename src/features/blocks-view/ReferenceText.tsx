// A reference field's value as words (outside a drawn block: review, side panels): the titles of
// the records it points at, or the titles of its media; never their ids.
import type { FieldSchema } from '../../core'
import { useCollectionTitles } from '../../sync'
import { mediaTitle } from './media'
import { fieldCollection, referenceTitle } from './reference-titles'
import { refItems } from './values'

export function referenceWords(
  field: FieldSchema,
  value: unknown,
  titles: ReadonlyMap<string, string>,
): string {
  return refItems(value)
    .map((ref) =>
      field.type === 'upload' ? mediaTitle(ref) : referenceTitle(ref, titles, field.label),
    )
    .join(', ')
}

export function ReferenceText({ field, value }: { field: FieldSchema; value: unknown }) {
  const titles = useCollectionTitles(fieldCollection(field, refItems(value)[0]))
  const words = referenceWords(field, value, titles)
  return words ? <>{words}</> : <span className="muted">(empty)</span>
}
