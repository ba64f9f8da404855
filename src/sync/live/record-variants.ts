// A record's live keys, one per variant the editor may open it in: the editor names a record
// with its device and locale (outboxRecordKey), while the record list shows the record once, so
// the list asks for every variant and shows everyone on any of them.
import type { RecordRef } from '../../adapters/types'
import { outboxRecordKey } from '../outbox/record-key'

export function variantKeys(
  backend: string,
  ref: RecordRef,
  variants: { devices: readonly string[]; locales: readonly string[] },
): string[] {
  const devices = variants.devices.length > 0 ? variants.devices : [undefined]
  const locales = variants.locales.length > 0 ? variants.locales : [undefined]
  const base: RecordRef = { collection: ref.collection, id: ref.id }
  return devices.flatMap((device) =>
    locales.map((locale) =>
      outboxRecordKey(backend, {
        ...base,
        ...(device === undefined ? {} : { device }),
        ...(locale === undefined ? {} : { locale }),
      }),
    ),
  )
}
