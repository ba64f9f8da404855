// Theme settings seen by the synced-document engine: reading a scope is reading a one-block
// document, and writing planned operations is one {set, unset} guarded by the version read. The
// backend's 409 surfaces as the adapter's `conflict`, so runFlush re-reads and rebases it exactly
// as it does a record's blocks.
import { applyOperations } from '../../core'
import type { FieldSchema, Operation } from '../../core'
import { AdapterError } from '../../adapters/types'
import type { RecordRef, ThemeScope, ThemeSettingsApi } from '../../adapters/types'
import type { SyncedSource } from '../synced-source'
import { changeBetween, isEmptyChange, settingKeys, themeBlocks, themeValues } from './theme-values'

const THEME_COLLECTION = '@theme'

/** The engine's name for a scope's settings (never sent: the source maps it back to the scope). */
export function themeRef(scope: ThemeScope): RecordRef {
  if (scope.kind === 'site') return { collection: THEME_COLLECTION, id: 'site' }
  const { collection, id, device, locale } = scope.ref
  const ref: RecordRef = { collection, id }
  if (device) ref.device = device
  if (locale) ref.locale = locale
  return { collection: THEME_COLLECTION, id: JSON.stringify(ref) }
}

/** The scope a themeRef names. */
export function scopeOfThemeRef(ref: RecordRef): ThemeScope {
  if (ref.id === 'site') return { kind: 'site' }
  return { kind: 'record', ref: JSON.parse(ref.id) as RecordRef }
}

export function themeSource(
  api: ThemeSettingsApi,
  scope: ThemeScope,
  fields: readonly FieldSchema[],
): SyncedSource {
  const allowed = settingKeys(fields)
  return {
    async loadRecord(ref, ctx) {
      const settings = await api.load(scope, ctx)
      return {
        ref,
        title: 'Theme settings',
        blocks: themeBlocks(settings.values),
        version: settings.version,
      }
    },
    async applyOperations(_ref, ops: Operation[], ctx) {
      const after = applyOperations(ctx.base, ops)
      if (!after.ok) {
        throw new AdapterError('validation', after.message, { operationIndex: after.index })
      }
      const change = changeBetween(themeValues(ctx.base), themeValues(after.blocks), allowed)
      if (isEmptyChange(change)) return { version: ctx.version, blocks: after.blocks }
      const signal = ctx.signal ? { signal: ctx.signal } : {}
      try {
        const saved = await api.save(scope, change, { ...signal, version: ctx.version })
        return { version: saved.version, blocks: themeBlocks(saved.values) }
      } catch (error) {
        // The plan of one document is one update: a refusal that names nothing names it.
        if (
          error instanceof AdapterError &&
          error.kind === 'validation' &&
          error.details.operationIndex === undefined &&
          ops.length === 1
        ) {
          throw new AdapterError('validation', error.message, {
            ...error.details,
            operationIndex: 0,
          })
        }
        throw error
      }
    },
  }
}
