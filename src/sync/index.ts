export { AdapterProvider, useAdapterConfig } from './adapter-context'
export type { AdapterProviderProps } from './adapter-context'
export {
  useBackendCapabilities,
  useBackendCollection,
  useBackendCollections,
  useBackendFeatures,
  useBackendId,
  useHasThemeSettings,
  useLoadedRecord,
  useRetryBackendReads,
} from './use-backend'
export type { BackendFeatures } from './use-backend'
export { useCollectionTitles } from './use-collection-titles'
export { useThemeSchemaRead, useThemeSettingsRead } from './use-theme-reads'
export { useRuntimeConfig } from './use-runtime-config'
export { useRecordList } from './use-record-list'
export { useRecordEditor, flushScopeId } from './use-record-editor'
export type { RecordEditor } from './use-record-editor'
export type { RuntimeConfig } from '../adapters/config'
export { useThemeSettings } from './use-theme-settings'
export type { ThemeSettingsEditor } from './use-theme-settings'
export { THEME_BLOCK_ID, editedKeys, settingKey, themeValues } from './theme/theme-values'
export type { FlushNowResult, SaveMode } from './flush-scheduler'
export type { FlushResult } from './run-flush'
export { useDraftPreview } from './use-draft-preview'
export type { DraftPreview } from './use-draft-preview'
export {
  usePublishedRecord,
  useRecordVersionActions,
  useStoredVersion,
  useVersionList,
} from './use-record-versions'
export { NotSavedError, saveEverything } from './save-everything'
export type { RecordVersionActions } from './use-record-versions'
export {
  useHasBlockLibrary,
  useLibraryList,
  useLibraryType,
  useSaveBlockType,
  useValidateBlockType,
} from './use-block-library'
export type { BlockTypeSave } from './use-block-library'
export { readRetryDelay, shouldRetryRead } from './pacing'
export { ApiError, apiRequest } from './api-client'
export type { ApiRequest } from './api-client'
export { useRecordsPresence } from './live/use-records-presence'
export type { RecordVisitor } from './live/live-api'
export type { LiveRecord } from './live/use-live-record'
export { liveQueryKeys } from './live/use-live-record'
export type { PresenceStore } from './live/presence-store'
export type { Person, PresenceSnapshot } from './live/presence'
export { NOBODY, newlyEditing } from './live/presence'
export { whenIdle } from './when-idle'
export type { IdleTask } from './when-idle'
export { commentKeys, commentRecordKey } from './comments-api'
export type { Approval, CommentThread, ThreadComment, Verdict } from './comments-api'
export { commentsQuery, useComments, useCommentWrites } from './use-comments'
export type { ThreadWrite } from './use-comments'
export { approvalsQuery, useApprovals, useGiveVerdict } from './use-approvals'
export type { VerdictInput } from './use-approvals'
export { runtimeConfigQuery } from './queries'
